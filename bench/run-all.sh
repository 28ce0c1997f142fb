#!/usr/bin/env bash
# Every benchmark scenario of issue 3, writing docs/benchmarks.md (figures, machine, date, command).
#
#   bench/run-all.sh [completed cases, default 1000000]
#
# The copies spread over 10 years (-Dbench.completed.years); those older than the engine history's 180 days keep
# only our records and the archived path (docs/benchmarks.md, "Disk"), so 1,000,000 take about 25 GB of the
# database server's disk besides the 100k open cases; the loader refuses a load that would leave less
# than 15 GB free. The default is what fits the project's 2-core, 250 GB build machine.
#
# Needs MariaDB/MySQL at 127.0.0.1:3306 (root, empty password; MZF_BENCH_DB_HOST to change). The databases
# mzf_bench_<scale> are kept, so a second run only measures. Steps:
#   1. 10,000 open cases: inbox + dashboard (1, 2), throughput (4), auditor timeline (3); growth row 10k.
#   2. 100,000 open cases: inbox + dashboard, timeline; growth row 100k.
#   3. the same database plus the completed cases (bulk loader): inbox, timeline on completed cases; growth row.
set -euo pipefail
cd "$(dirname "$0")/.."
COMPLETED="${1:-1000000}"
./mvnw -q -pl bench -am -DskipTests install
./mvnw -pl bench verify -Pbench -Dbench.scale=10000
./mvnw -pl bench verify -Pbench -Dbench.scale=100000 -Dit.test='InboxBenchmark,TimelineBenchmark'
./mvnw -pl bench verify -Pbench -Dbench.scale=100000 -Dbench.completed="$COMPLETED" \
  -Dit.test='GrowthBenchmark,InboxBenchmark,TimelineBenchmark'
