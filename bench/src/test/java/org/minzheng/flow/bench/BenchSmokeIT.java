package org.minzheng.flow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The benchmark at a small scale, in every build so that it cannot rot: both sides answer
 * every inbox filter with the same task ids in the same order, so the comparison in
 * {@code InboxBenchmark} is fair. No timings here.
 */
class BenchSmokeIT {

	static final int CASES = 740;

	static final String DATABASE = "mzf_bench_smoke_" + ProcessHandle.current().pid();

	static BenchApplication app;

	static List<String> streets;

	@BeforeAll
	static void generate() {
		app = BenchApplication.start(DATABASE, true);
		CaseGenerator generator = new CaseGenerator(app);
		streets = generator.streets();
		generator.generate(CASES, streets);
	}

	@AfterAll
	static void drop() {
		app.close();
		BenchApplication.drop(DATABASE);
	}

	@Test
	void bothSidesReturnTheSameTasksForEveryFilter() {
		InboxSides sides = new InboxSides(app);
		int compared = 0;
		for (String street : List.of(streets.get(0), streets.get(17), streets.get(streets.size() - 1))) {
			String idNumber = CaseGenerator.idNumbersOf(app, street, 1).get(0);
			for (InboxSides.Filter filter : InboxSides.filters(idNumber)) {
				for (int page = 0; page < 2; page++) {
					List<String> ours = sides.ours(street, filter, page, 3);
					List<String> camunda = sides.camunda(street, filter, page, 3);
					assertThat(ours).as("%s, %s, page %d", street, filter.label(), page).isEqualTo(camunda);
					compared += ours.size();
				}
			}
			assertThat(sides.ours(street, InboxSides.filters(idNumber).get(4), 0, 10)).hasSize(1);
		}
		assertThat(compared).as("the filters found tasks to compare").isGreaterThan(20);
	}

}
