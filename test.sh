#!/usr/bin/env bash
# The test command: makes sure what the tests need is on this machine, then runs `./mvnw verify`.
#
#   ./test.sh [maven arguments…]     prepare, then ./mvnw -B -ntp verify [maven arguments…]
#   ./test.sh --prepare-only         prepare only (install what is missing, start MariaDB, drop leftovers)
#
# Needs: Java 17, Node.js/npm (the workbench is built with the machine's npm), Debian's Chromium and its
# chromedriver (the browser tests never download a browser), CJK fonts (legible zh-CN screenshots), and the
# MySQL-compatible server at 127.0.0.1:3306 (root, empty password; MZF_TEST_DB_HOST/USER/PASSWORD point the
# tests elsewhere, and then no local MariaDB is started). Missing Debian packages are installed with apt-get:
# as root directly, otherwise through sudo; without either the script says what to install and stops.
set -euo pipefail
cd "$(dirname "$0")"

prepare_only=0
if [ "${1:-}" = "--prepare-only" ]; then
  prepare_only=1
  shift
fi

export DEBIAN_FRONTEND=noninteractive
as_root() {
  if [ "$(id -u)" = 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1; then
    sudo DEBIAN_FRONTEND=noninteractive "$@"
  else
    echo "test.sh: needs root to run: $*" >&2
    echo "test.sh: run it as root, install sudo, or do that yourself and run ./test.sh again" >&2
    exit 1
  fi
}
apt_updated=0
apt_install() { # apt_install <debian package>
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "test.sh: missing Debian package '$1' and this machine has no apt-get: install its equivalent" >&2
    exit 1
  fi
  echo "test.sh: installing $1"
  if [ "$apt_updated" = 0 ]; then as_root apt-get update -qq; apt_updated=1; fi
  as_root apt-get install -y -qq "$1" >/dev/null
}
need() { # need <command> <debian package>
  command -v "$1" >/dev/null 2>&1 || apt_install "$2"
}

need java openjdk-17-jdk-headless
need npm nodejs
need chromium chromium
need chromedriver chromium-driver
if ! ls /usr/share/fonts/opentype/noto 2>/dev/null | grep -q CJK; then
  apt_install fonts-noto-cjk
fi
need mysql mariadb-client

db_host="${MZF_TEST_DB_HOST:-127.0.0.1}"
db_user="${MZF_TEST_DB_USER:-root}"
sql() { MYSQL_PWD="${MZF_TEST_DB_PASSWORD:-}" mysql --protocol=tcp -h"$db_host" -P3306 -u"$db_user" "$@"; }
db_up() { sql -N -e "SELECT 1" >/dev/null 2>&1; }
if ! db_up; then
  if [ "$db_host" != 127.0.0.1 ] && [ "$db_host" != localhost ]; then
    echo "test.sh: the test database at $db_host:3306 does not answer for user $db_user" >&2
    exit 1
  fi
  # The real MySQL-compatible database: MariaDB at 127.0.0.1:3306 (root, empty password).
  need mariadbd mariadb-server
  as_root sh -c 'mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld' 2>/dev/null || true
  if ! as_root test -d /var/lib/mysql/mysql; then as_root mariadb-install-db --user=mysql >/dev/null; fi
  echo "test.sh: starting MariaDB"
  as_root start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  up() { as_root mysqladmin ping >/dev/null 2>&1 || db_up; }
  for _ in $(seq 1 60); do up && break; sleep 1; done
  up || { echo "test.sh: MariaDB did not come up at 127.0.0.1:3306" >&2; exit 1; }
  db_up || {
    # a fresh install authenticates root by socket only: allow the empty-password TCP login the tests use
    as_root mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;"
  }
  db_up || { echo "test.sh: cannot sign in to MariaDB at 127.0.0.1:3306 as root without a password" >&2; exit 1; }
fi
# Leftover databases from test runs that were killed before their shutdown hook ran (one nobody is connected to:
# a test context running elsewhere on this machine keeps its pool open).
for db in $(sql -N -e "SELECT schema_name FROM information_schema.schemata WHERE schema_name LIKE 'mzf\\_test\\_%'
    AND schema_name NOT IN (SELECT db FROM information_schema.processlist WHERE db IS NOT NULL)"); do
  sql -e "DROP DATABASE \`$db\`"
done

# Failsafe merges a run's results into a summary file it finds from an earlier run: a failure fixed since would
# still fail verify. Each run starts without them.
rm -f server/target/failsafe-reports*/failsafe-summary.xml

# Each cached test context keeps its own connection pool and the fault suite runs several nodes: the server's
# default of 151 connections is too few for a run (a setting of the running server, not of its files).
sql -e "SET GLOBAL max_connections = GREATEST(@@max_connections, 500)" 2>/dev/null ||
  echo "test.sh: could not raise max_connections (not allowed for $db_user): tests may meet 'Too many connections'" >&2

if [ "$prepare_only" = 1 ]; then
  echo "test.sh: ready (Java, npm, Chromium, chromedriver, CJK fonts, database at $db_host:3306)"
  exit 0
fi
exec ./mvnw -B -ntp verify "$@"
