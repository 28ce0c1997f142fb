package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The loader refuses a load that would fill the database server's disk. */
class CompletedCaseLoaderTest {

	@Test
	void aMillionCasesDoNotFitSixtyGigabytesAndTheRefusalSaysHowManyDo() {
		long free = 60L << 30;
		String problem = CompletedCaseLoader.diskProblem(1_000_000, free, "/var/lib/mysql/");
		assertThat(problem).contains("1000000 completed cases", "about 139 GB", "60 GB free", "15 GB in reserve")
			.contains("at most " + ((free - CompletedCaseLoader.DISK_RESERVE) / CompletedCaseLoader.BYTES_PER_CASE));
	}

	@Test
	void aLoadThatLeavesTheReserveFreeIsAccepted() {
		long free = CompletedCaseLoader.DISK_RESERVE + 150_000 * CompletedCaseLoader.BYTES_PER_CASE;
		assertThat(CompletedCaseLoader.diskProblem(150_000, free, "/var/lib/mysql/")).isNull();
		assertThat(CompletedCaseLoader.diskProblem(150_001, free, "/var/lib/mysql/")).isNotNull();
	}

}
