package org.minzheng.flow.aid.temporary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * Twenty emergency payments at the same moment against a reserve fund that covers exactly
 * ten: ten are paid, ten are refused with {@code RESERVE_FUND_INSUFFICIENT} and leave
 * nothing behind, the balance never goes below zero and the ledger sums to it. Runs on
 * MariaDB and (with -Dmzf.test.db=h2) on H2.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=reserve-fund")
class ReserveFundConcurrencyIT {

	static final String STREET = "440308003";

	static final int PAYMENTS = 20;

	static final int COVERED = 10;

	static final long AMOUNT_FEN = 150_000L;

	@Autowired
	TemporaryAssistanceService service;

	@Autowired
	ReserveFundReports reports;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void exactlyTheCoveredPaymentsArePaidAndTheLedgerSums() throws Exception {
		StaffUser clerk = (StaffUser) users.loadUserByUsername("yt-shatoujiao-clerk");
		StaffUser approver = (StaffUser) users.loadUserByUsername("yt-approver");
		assertThat(reports.ledger(STREET).balanceFen()).as("沙头角's fund before").isZero();
		reports.topUp(STREET, COVERED * AMOUNT_FEN, "并发测试拨付", approver);

		ExecutorService pool = Executors.newFixedThreadPool(PAYMENTS);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> results = new ArrayList<>();
		for (int i = 0; i < PAYMENTS; i++) {
			RegisterTemporaryCase request = emergency(AidFixtures.idNumber("440308", "19800101"));
			results.add(pool.submit(() -> {
				start.await();
				try {
					return service.register(request, clerk).caseNo();
				}
				catch (ApiException refused) {
					return "refused:" + refused.code();
				}
			}));
		}
		start.countDown();
		List<String> outcomes = new ArrayList<>();
		for (Future<String> result : results) {
			outcomes.add(result.get(120, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(outcomes.stream().filter(o -> o.startsWith("LS-"))).hasSize(COVERED);
		assertThat(outcomes.stream().filter(o -> o.startsWith("refused:"))).hasSize(PAYMENTS - COVERED)
			.allMatch(o -> o.equals("refused:RESERVE_FUND_INSUFFICIENT"));
		assertThat(reports.ledger(STREET).balanceFen()).isZero();
		// a refused payment keeps nothing: no case, no process, no entry
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_temporary_case WHERE street_code = ?", Long.class,
				STREET))
			.isEqualTo(COVERED);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM aid_reserve_entry WHERE street_code = ? AND kind = 'PAYMENT'",
						Long.class, STREET))
			.isEqualTo(COVERED);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM aid_temporary_case c WHERE street_code = ? AND paid_at IS NOT NULL AND EXISTS "
						+ "(SELECT 1 FROM aid_reserve_entry e WHERE e.id = c.payment_entry_id AND e.case_no = c.case_no)",
				Long.class, STREET))
			.isEqualTo(COVERED);
		// the ledger sums to the balance, and each entry's balance follows from the one
		// before
		List<long[]> entries = jdbc.query(
				"SELECT kind, amount_fen, balance_after_fen FROM aid_reserve_entry WHERE street_code = ? ORDER BY id",
				(rs, n) -> new long[] { "PAYMENT".equals(rs.getString(1)) ? -rs.getLong(2) : rs.getLong(2),
						rs.getLong(3) },
				STREET);
		long running = 0;
		for (long[] entry : entries) {
			running += entry[0];
			assertThat(entry[1]).as("balance after an entry").isEqualTo(running).isNotNegative();
		}
		assertThat(running).isEqualTo(reports.ledger(STREET).balanceFen());
		ReserveFundReports.Reconciliation reconciliation = reports.reconcile(STREET, LocalDate.now().minusDays(1),
				LocalDate.now().plusDays(1));
		assertThat(reconciliation.balanced()).isTrue();
		assertThat(reconciliation.payments()).hasSize(COVERED)
			.allSatisfy(line -> assertThat(line.status()).isEqualTo("ADVANCE_PAID"));
		assertThat(reconciliation.paymentsFen()).isEqualTo(COVERED * AMOUNT_FEN);
	}

	static RegisterTemporaryCase emergency(String idNumber) {
		return new RegisterTemporaryCase(TemporaryKind.EMERGENCY, STREET, "并发测", idNumber, 2, "沙头角测试路 1 号",
				RegisterTemporaryCase.EventType.ACCIDENT, LocalDate.now().minusDays(1), "家中失火，急需生活救助", AMOUNT_FEN, null,
				null);
	}

}
