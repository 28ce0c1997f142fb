package org.minzheng.flow.aid.spotcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The monthly sample is reproducible: the same population, month and salt give the same
 * sample whatever order the decisions come in; another month (or salt) gives another; its
 * size is the share rounded up, at least one.
 */
class SpotCheckSampleTest {

	static final String DISTRICT = "440308";

	static final String SALT = "9f2c1e7a5b3d4c6e8f0a1b2c3d4e5f60";

	static final YearMonth OCTOBER = YearMonth.of(2026, 10);

	/** 40 decisions of a month, as numbers. */
	static final List<String> POPULATION = IntStream.rangeClosed(1, 40)
		.mapToObj(i -> "DB-440308-2026-%06d".formatted(i * 7))
		.toList();

	@Test
	void sameMonthAndSaltGiveTheSameSampleEveryTimeInWhateverOrderTheDecisionsCome() {
		SpotCheckSample first = SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER, SALT, 30);
		List<String> shuffled = new ArrayList<>(POPULATION);
		Collections.reverse(shuffled);
		for (int run = 0; run < 5; run++) {
			SpotCheckSample again = SpotCheckSample.draw(shuffled, DISTRICT, OCTOBER, SALT, 30);
			assertThat(again.seed()).isEqualTo(first.seed());
			assertThat(again.sample()).containsExactlyElementsOf(first.sample());
			Collections.rotate(shuffled, 3);
		}
		assertThat(first.population()).isSorted().containsExactlyInAnyOrderElementsOf(POPULATION);
	}

	/**
	 * The seed and sample were computed outside Java (a 30-line Python replay of SHA-256,
	 * SplitMix64's nextInt(bound) and Fisher–Yates, docs/aid-review-and-spot-check.md):
	 * anyone can recompute a draw from what it stores, and a change of algorithm shows
	 * here.
	 */
	@Test
	void theSampleIsTheOneAnIndependentReplayComputes() {
		SpotCheckSample sample = SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER, SALT, 30);
		assertThat(sample.seed()).isEqualTo(8854997288124580296L);
		assertThat(sample.sample()).containsExactly("DB-440308-2026-000189", "DB-440308-2026-000217",
				"DB-440308-2026-000245", "DB-440308-2026-000231", "DB-440308-2026-000042", "DB-440308-2026-000105",
				"DB-440308-2026-000119", "DB-440308-2026-000175", "DB-440308-2026-000021", "DB-440308-2026-000154",
				"DB-440308-2026-000259", "DB-440308-2026-000210");
	}

	@Test
	void anotherMonthGivesAnotherSample() {
		SpotCheckSample october = SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER, SALT, 30);
		SpotCheckSample november = SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER.plusMonths(1), SALT, 30);
		assertThat(november.seed()).isNotEqualTo(october.seed());
		assertThat(november.sample()).isNotEqualTo(october.sample());
	}

	@Test
	void anotherDistrictOrSaltGivesAnotherSeed() {
		long seed = SpotCheckSample.seed(DISTRICT, OCTOBER, SALT);
		assertThat(SpotCheckSample.seed("440304", OCTOBER, SALT)).isNotEqualTo(seed);
		assertThat(SpotCheckSample.seed(DISTRICT, OCTOBER, SALT + "0")).isNotEqualTo(seed);
	}

	@ParameterizedTest
	@CsvSource({ "40, 30, 12", "33, 30, 10", "1, 30, 1", "3, 30, 1", "4, 30, 2", "10, 100, 10", "7, 1, 1", "0, 30, 0" })
	void sizeIsTheShareRoundedUpAtLeastOne(int population, int share, int expected) {
		List<String> candidates = POPULATION.subList(0, Math.min(population, POPULATION.size()));
		SpotCheckSample sample = SpotCheckSample.draw(candidates, DISTRICT, OCTOBER, SALT, share);
		assertThat(SpotCheckSample.size(population, share)).isEqualTo(expected);
		assertThat(sample.sample()).hasSize(Math.min(expected, candidates.size())).doesNotHaveDuplicates();
		assertThat(candidates).containsAll(sample.sample());
	}

	@Test
	void aShareOutsideOneToAHundredIsRefused() {
		assertThatThrownBy(() -> SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER, SALT, 0))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> SpotCheckSample.draw(POPULATION, DISTRICT, OCTOBER, SALT, 101))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
