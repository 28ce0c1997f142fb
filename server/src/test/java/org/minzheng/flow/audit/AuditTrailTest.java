package org.minzheng.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@ApplicationTest
@AutoConfigureMockMvc
class AuditTrailTest {

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	AuditMapper mapper;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	Clock clock;

	@Autowired
	ApplicationEventPublisher publisher;

	AuditFixture fixture;

	@BeforeEach
	void emptyTrail() {
		fixture = new AuditFixture(jdbc, transactions, trail);
		fixture.reset();
	}

	@Test
	void appendedRowsFormAnIntactChain() {
		// given
		List<Long> ids = fixture.append(12, "MZ-CHAIN-1");

		// when
		AuditVerification result = verifier.verify();

		// then
		assertThat(result).isEqualTo(AuditVerification.intact(12));
		assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_event WHERE id = ?", String.class, ids.get(0)))
			.isEqualTo(AuditHash.GENESIS);
		assertThat(jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"))
			.containsEntry("last_id", ids.get(11))
			.containsEntry("last_hash", fixture.hashOf(ids.get(11)));
	}

	@Test
	void concurrentAppendsInTheirOwnTransactionsFormOneChain() throws Exception {
		// when 8 clerks each record 25 actions in separate transactions at the same time
		appendAtOnce(List.of(fixture), 25, "MZ-CONCURRENT-");

		// then
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isEqualTo(200);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT prev_hash) FROM audit_event", Long.class)).isEqualTo(200);
		assertThat(
				jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE MICROSECOND(occurred_at) > 0", Long.class))
			.as("the milliseconds the hash covers are stored")
			.isPositive();
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(200));
	}

	@Test
	void storesSummaryAndReasonWithIdAndMobileNumbersMasked() {
		// given
		AuditRecord record = new AuditRecord("yt-meisha-clerk", "CLERK", "440308001", "MZ-MASK-1",
				"AID_APPLICATION_SUBMITTED", "受理 张三（身份证 440308199001011234）的低保申请", "申请人电话 13812345678");

		// when
		fixture.record(record);

		// then
		Map<String, Object> row = jdbc
			.queryForMap("SELECT summary, reason FROM audit_event WHERE case_ref = 'MZ-MASK-1'");
		assertThat(row).containsEntry("summary", "受理 张三（身份证 440308********1234）的低保申请")
			.containsEntry("reason", "申请人电话 138****5678");
		assertThat(verifier.verify().intact()).isTrue();
	}

	@Test
	void anAuditRowRollsBackWithTheBusinessChange() {
		// given
		fixture.append(2, "MZ-ROLLBACK-1");

		// when the business transaction fails after recording
		fixture.tx().executeWithoutResult(status -> {
			trail.recordSystem("440308", "MZ-ROLLBACK-2", "AID_REVIEW_ESCALATED", "审核超时，升级至科长", null);
			status.setRollbackOnly();
		});
		fixture.append(1, "MZ-ROLLBACK-3");

		// then
		assertThat(fixture.ids("MZ-ROLLBACK-2")).isEmpty();
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(3));
	}

	@Test
	void writesATransactionsRecordsInOrderUnderOneHeadLockWhenItCommits() {
		// given
		fixture.append(1, "MZ-BATCH-0");

		// when one transaction records three actions
		Long seenInside = fixture.tx().execute(status -> {
			trail.recordSystem("440308", "MZ-BATCH-1", "AID_REVIEW_ESCALATED", "第一", null);
			trail.recordSystem("440308", "MZ-BATCH-1", "AID_REVIEW_ESCALATED", "第二", null);
			trail.recordSystem("440308", "MZ-BATCH-1", "AID_REVIEW_ESCALATED", "第三", null);
			return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_ref = 'MZ-BATCH-1'", Long.class);
		});

		// then they are written as it commits (the head is locked only then), in the
		// order recorded, chained to the row before
		assertThat(seenInside).isZero();
		assertThat(trail.forCase("MZ-BATCH-1")).extracting(AuditEventView::summary).containsExactly("第一", "第二", "第三");
		List<Long> ids = fixture.ids("MZ-BATCH-1");
		assertThat(jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"))
			.containsEntry("last_id", ids.get(2))
			.containsEntry("last_hash", fixture.hashOf(ids.get(2)));
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(4));
	}

	@Test
	void refusesToRecordOutsideATransaction() {
		// given
		AuditRecord record = new AuditRecord("system", "SYSTEM", "440308", null, "AID_REVIEW_ESCALATED", "超时", null);

		// when / then
		assertThatThrownBy(() -> trail.record(record)).isInstanceOf(IllegalTransactionStateException.class);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isZero();
	}

	@Test
	void listsTheEventsOfACaseOldestFirstForTheCaseHistory() {
		// given
		fixture.append(3, "MZ-HISTORY-1");
		fixture.append(1, "MZ-HISTORY-2");

		// when
		List<AuditEventView> history = trail.forCase("MZ-HISTORY-1");

		// then
		assertThat(history).extracting(AuditEventView::summary)
			.containsExactly("第 1 条：受理低保申请", "第 2 条：受理低保申请", "第 3 条：受理低保申请");
		assertThat(history).extracting(AuditEventView::reason).containsExactly(null, "材料齐全", null);
		assertThat(history.get(0).occurredAt().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
	}

	@Test
	void verifiesAcrossPageBoundaries() {
		// given a verifier reading 3 rows per page, and an altered row on the third page
		AuditVerifier smallPages = new AuditVerifier(mapper, 3);
		List<Long> ids = fixture.append(10, "MZ-PAGES-1");
		AuditVerification before = smallPages.verify();

		// when
		jdbc.update("UPDATE audit_event SET actor = 'someone-else' WHERE id = ?", ids.get(7));

		// then
		assertThat(before).isEqualTo(AuditVerification.intact(10));
		assertThat(smallPages.verify())
			.isEqualTo(AuditVerification.broken(8, ids.get(7), AuditVerification.Problem.HASH_MISMATCH));
	}

	@Test
	void aNodeAppendsBehindTheHeadItCommittedWithoutReadingItAgain() {
		// given a node whose reads of the head are counted
		Node node = new Node();

		// when it appends four times, in four transactions
		List<Long> ids = node.fixture.append(4, "MZ-KNOWN-HEAD-1");

		// then only the first read the head (it did not know it yet), and the chain and
		// the head are whole
		assertThat(node.calls.get("lockHead")).hasValue(1);
		assertThat(node.calls.get("moveHeadFrom")).hasValue(3);
		assertThat(node.calls).doesNotContainKey("deleteUncommitted");
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(4));
		assertThat(jdbc.queryForMap("SELECT last_id, last_hash FROM audit_chain_head WHERE id = 1"))
			.containsEntry("last_id", ids.get(3))
			.containsEntry("last_hash", fixture.hashOf(ids.get(3)));
	}

	@Test
	void rowsChainedToAHeadAnotherNodeMovedAreWrittenAgainBehindTheNewHead() {
		// given a node that knows the head, and another node (the application's own
		// trail) appending after it
		Node node = new Node();
		node.fixture.append(1, "MZ-MOVED-HEAD-1");
		List<Long> others = fixture.append(2, "MZ-MOVED-HEAD-2");

		// when the first node appends again, chained to the head it knew
		List<Long> ids = node.fixture.append(1, "MZ-MOVED-HEAD-3");

		// then its row was taken out and written behind the other node's rows, under the
		// head's lock, and nothing of the first attempt is left
		assertThat(node.calls.get("lockHead")).hasValue(2);
		assertThat(node.calls.get("deleteUncommitted")).hasValue(1);
		assertThat(ids).hasSize(1);
		assertThat(ids.get(0)).isGreaterThan(others.get(1));
		assertThat(jdbc.queryForObject("SELECT prev_hash FROM audit_event WHERE id = ?", String.class, ids.get(0)))
			.isEqualTo(fixture.hashOf(others.get(1)));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isEqualTo(4);
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(4));

		// and, as nodes that take turns would mostly find the head moved, the next
		// appends read it first, and after them it chains to the head it knows again
		node.fixture.append(AuditTrail.READS_AFTER_A_MOVE + 2, "MZ-MOVED-HEAD-4");
		assertThat(node.calls.get("lockHead")).hasValue(2 + AuditTrail.READS_AFTER_A_MOVE);
		assertThat(node.calls.get("moveHeadFrom")).hasValue(1 + 2);
		assertThat(node.calls.get("deleteUncommitted")).hasValue(1);
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(4 + AuditTrail.READS_AFTER_A_MOVE + 2));
	}

	@Test
	void twoNodesAppendingAtTheSameTimeFormOneChain() throws Exception {
		// given two nodes (the application's trail and another), four clerks on each,
		// each recording 20 actions in separate transactions at the same time
		Node other = new Node();

		// when
		appendAtOnce(List.of(fixture, other.fixture), 20, "MZ-TWO-NODES-");

		// then every row is there once, in one chain whose order is the order of the ids,
		// and the head names the last row
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event", Long.class)).isEqualTo(160);
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(160));
		assertThat(jdbc.queryForObject("SELECT last_id FROM audit_chain_head WHERE id = 1", Long.class))
			.isEqualTo(fixture.lastId());
	}

	@Test
	void aNodeForgetsTheHeadOfATransactionThatRolledBack() {
		// given a node that knows the head
		Node node = new Node();
		node.fixture.append(1, "MZ-FORGET-1");

		// when a transaction's rows are written and the head moved, and then its commit
		// fails
		assertThatThrownBy(() -> node.fixture.tx().executeWithoutResult(status -> {
			node.trail.recordSystem("440308", "MZ-FORGET-2", "AID_REVIEW_ESCALATED", "审核超时，升级至科长", null);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void beforeCommit(boolean readOnly) {
					assertThat(fixture.ids("MZ-FORGET-2")).as("written before the failure").hasSize(1);
					throw new IllegalStateException("the commit fails");
				}
			});
		})).hasMessage("the commit fails");

		// then the rows are gone, and the node reads the head again before its next
		// append
		assertThat(fixture.ids("MZ-FORGET-2")).isEmpty();
		node.fixture.append(1, "MZ-FORGET-3");
		assertThat(node.calls.get("lockHead")).hasValue(2);
		assertThat(node.calls).as("no rows chained to the head that rolled back")
			.doesNotContainKey("deleteUncommitted");
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(2));
	}

	/**
	 * Eight writers at the same time, each appending {@code count} rows of its own case
	 * ({@code casePrefix} and its number) in separate transactions, through the fixtures
	 * in turn.
	 */
	private static void appendAtOnce(List<AuditFixture> fixtures, int count, String casePrefix) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Callable<Void>> writers = new ArrayList<>();
		for (int t = 0; t < 8; t++) {
			AuditFixture on = fixtures.get(t % fixtures.size());
			String caseRef = casePrefix + t;
			writers.add(() -> {
				on.append(count, caseRef);
				return null;
			});
		}
		try {
			for (Future<Void> done : pool.invokeAll(writers)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Another node: a trail of its own, whose calls of the mapper are counted, and a
	 * fixture appending through it.
	 */
	private final class Node {

		final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

		final AuditTrail trail;

		final AuditFixture fixture;

		Node() {
			AuditMapper counting = (AuditMapper) Proxy.newProxyInstance(AuditMapper.class.getClassLoader(),
					new Class<?>[] { AuditMapper.class }, (proxy, method, args) -> {
						calls.computeIfAbsent(method.getName(), name -> new AtomicInteger()).incrementAndGet();
						try {
							return method.invoke(mapper, args);
						}
						catch (InvocationTargetException ex) {
							throw ex.getCause();
						}
					});
			trail = new AuditTrail(counting, clock, publisher);
			fixture = new AuditFixture(jdbc, transactions, trail);
		}

	}

}
