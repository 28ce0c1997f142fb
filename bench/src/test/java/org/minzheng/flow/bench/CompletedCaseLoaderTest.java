package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loader refuses a load that would fill the database server's disk. */
class CompletedCaseLoaderTest {

	@Test
	void aMillionCasesWithHistoryDoNotFitTwentyGigabytesAndTheRefusalSaysHowManyDo() {
		long free = 20L << 30;
		String problem = CompletedCaseLoader.diskProblem(1_000_000, 1, free, "/var/lib/mysql/");
		assertThat(problem)
			.contains("1000000 completed cases",
					"about " + ((1_000_000L * CompletedCaseLoader.BYTES_PER_CASE) >> 30) + " GB", "20 GB free",
					"15 GB in reserve")
			.contains("at most " + ((free - CompletedCaseLoader.DISK_RESERVE) / CompletedCaseLoader.BYTES_PER_CASE));
	}

	@Test
	void aLoadThatLeavesTheReserveFreeIsAccepted() {
		long free = CompletedCaseLoader.DISK_RESERVE + 150_000 * CompletedCaseLoader.BYTES_PER_CASE;
		assertThat(CompletedCaseLoader.diskProblem(150_000, 1, free, "/var/lib/mysql/")).isNull();
		assertThat(CompletedCaseLoader.diskProblem(150_001, 1, free, "/var/lib/mysql/")).isNotNull();
	}

	@Test
	void copiesOlderThanTheHistorysTimeToLiveCountWithoutTheEngineHistory() {
		long free = CompletedCaseLoader.DISK_RESERVE + 100_000 * CompletedCaseLoader.BYTES_PER_CLEANED_CASE;
		assertThat(CompletedCaseLoader.diskProblem(100_000, 0, free, "/var/lib/mysql/")).isNull();
		assertThat(CompletedCaseLoader.diskProblem(100_000, 0.5, free, "/var/lib/mysql/")).isNotNull();
		assertThat(CompletedCaseLoader.youngShare(-1)).isEqualTo(1);
		assertThat(CompletedCaseLoader.youngShare(CompletedCaseLoader.YEARS * 365L * 24 * 3600 / 4)).isEqualTo(0.25);
	}

}
