package org.minzheng.flow.shared.docnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Document numbers on the real database: many transactions taking numbers of one unit,
 * kind and year at once get each number of 1..n exactly once (the first of the year
 * included, which two callers may try to create together); a rolled-back document gives
 * its number back; units, kinds and years count on their own; the unit's abbreviation
 * comes from the data.
 */
@ApplicationTest
class DocumentNumbersIT {

	private static final int THREADS = 6;

	private static final int PER_THREAD = 8;

	@Autowired
	DocumentNumbers numbers;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentTransactionsGetEveryNumberOnceWithoutGaps() throws Exception {
		// given six workers that start together on a sequence no one used yet
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<List<String>>> results = new ArrayList<>();
		try {
			for (int t = 0; t < THREADS; t++) {
				Callable<List<String>> worker = () -> {
					start.await();
					List<String> mine = new ArrayList<>();
					for (int i = 0; i < PER_THREAD; i++) {
						mine.add(this.transactions.execute(status -> this.numbers.next("440308", "慈", 2031)));
					}
					return mine;
				};
				results.add(pool.submit(worker));
			}
			// when they all take numbers at once
			start.countDown();
			List<String> all = new ArrayList<>();
			for (Future<List<String>> result : results) {
				all.addAll(result.get());
			}

			// then every number from 1 to 48 was given exactly once
			assertThat(all).containsExactlyInAnyOrderElementsOf(
					IntStream.rangeClosed(1, THREADS * PER_THREAD).mapToObj(n -> "深盐慈〔2031〕" + n + "号").toList());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void aRolledBackDocumentGivesItsNumberBack() {
		// given the first number of a year taken and committed
		assertThat(take("440300", "募", 2032)).isEqualTo("深民募〔2032〕1号");

		// when a second document takes a number and its transaction rolls back
		String lost = this.transactions.execute(status -> {
			String number = this.numbers.next("440300", "募", 2032);
			status.setRollbackOnly();
			return number;
		});

		// then the next document gets that same number
		assertThat(lost).isEqualTo("深民募〔2032〕2号");
		assertThat(take("440300", "募", 2032)).isEqualTo("深民募〔2032〕2号");
	}

	@Test
	void eachUnitKindAndYearCountsOnItsOwnWithTheUnitsAbbreviation() {
		assertThat(take("440304", "慈", 2033)).isEqualTo("深福慈〔2033〕1号");
		assertThat(take("440304", "慈", 2033)).isEqualTo("深福慈〔2033〕2号");
		assertThat(take("440309", "慈", 2033)).isEqualTo("深龙华慈〔2033〕1号");
		assertThat(take("DAPENG", "慈", 2033)).isEqualTo("深鹏慈〔2033〕1号");
		assertThat(take("440304", "信备", 2033)).isEqualTo("深福信备〔2033〕1号");
		assertThat(take("440304", "慈", 2034)).isEqualTo("深福慈〔2034〕1号");
	}

	@Test
	void aUnitWithoutAnAbbreviationIsAConfigurationFault() {
		assertThatThrownBy(() -> take("440399", "慈", 2033)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("440399");
	}

	private String take(String unit, String kind, int year) {
		return this.transactions.execute(status -> this.numbers.next(unit, kind, year));
	}

}
