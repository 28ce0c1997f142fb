package org.minzheng.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.audit.AuditVerification.Problem;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Someone with database access edits the trail behind the application's back; the
 * verifier notices.
 */
@ApplicationTest
@AutoConfigureMockMvc
class AuditVerifierTest {

	private static final LocalDateTime FORGED_AT = LocalDateTime.of(2026, 3, 2, 10, 15, 30, 250_000_000);

	@Autowired
	AuditTrail trail;

	@Autowired
	AuditVerifier verifier;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	AuditFixture fixture;

	List<Long> ids;

	@BeforeEach
	void trailOfFiveRows() {
		fixture = new AuditFixture(jdbc, transactions, trail);
		fixture.reset();
		ids = fixture.append(5, "MZ-TAMPER");
	}

	@Test
	void anUntouchedTrailIsIntact() {
		// given five appended rows
		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(5));
	}

	@Test
	void anEmptyTrailIsIntact() {
		// given
		fixture.reset();

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(0));
	}

	@Test
	void detectsAnAlteredSummaryAtThatRow() {
		// given
		jdbc.update("UPDATE audit_event SET summary = '不予受理' WHERE id = ?", ids.get(2));

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(3, ids.get(2), Problem.HASH_MISMATCH));
	}

	@Test
	void detectsADeletedMiddleRowAtTheRowAfterIt() {
		// given
		jdbc.update("DELETE FROM audit_event WHERE id = ?", ids.get(2));

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(3, ids.get(3), Problem.CHAIN_BROKEN));
	}

	@Test
	void detectsAnInsertedRowWithAMadeUpHash() {
		// given a row slipped in at the end, linked to the last row but with an invented
		// hash
		long forged = insertForged(fixture.hashOf(ids.get(4)), "f".repeat(64));

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(6, forged, Problem.HASH_MISMATCH));
	}

	@Test
	void detectsAnInsertedRowWithACorrectHashBecauseTheHeadDoesNotNameIt() {
		// given a forger who knows the hash rules but cannot take part in the head's lock
		String prev = fixture.hashOf(ids.get(4));
		String hash = AuditHash.of(FORGED_AT, "yt-approver", "APPROVER", "440308", "MZ-TAMPER", "AID_APPROVED", "准予救助",
				null, prev);
		long forged = insertForged(prev, hash);

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(6, forged, Problem.HEAD_MISMATCH));
	}

	@Test
	void detectsADeletedLastRowThroughTheHead() {
		// given
		jdbc.update("DELETE FROM audit_event WHERE id = ?", ids.get(4));

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(4, ids.get(4), Problem.HEAD_MISMATCH));
	}

	@Test
	void detectsARehashedAlteredRowAtTheNextRowsLink() {
		// given an attacker who alters a row and recomputes its hash, but leaves the next
		// row's link alone
		long target = ids.get(1);
		String prev = fixture.hashOf(ids.get(0));
		LocalDateTime at = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?", LocalDateTime.class,
				target);
		String rehashed = AuditHash.of(at, "yt-meisha-clerk", "CLERK", "440308001", "MZ-TAMPER",
				"AID_APPLICATION_SUBMITTED", "第 2 条：不予受理", "材料齐全", prev);
		jdbc.update("UPDATE audit_event SET summary = '第 2 条：不予受理', hash = ? WHERE id = ?", rehashed, target);

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(3, ids.get(2), Problem.CHAIN_BROKEN));
	}

	@Test
	void detectsARehashedAlteredLastRowThroughTheHead() {
		// given the same attack on the last row, which has no next row to betray it
		long target = ids.get(4);
		String prev = fixture.hashOf(ids.get(3));
		LocalDateTime at = jdbc.queryForObject("SELECT occurred_at FROM audit_event WHERE id = ?", LocalDateTime.class,
				target);
		String rehashed = AuditHash.of(at, "yt-meisha-clerk", "CLERK", "440308001", "MZ-TAMPER",
				"AID_APPLICATION_SUBMITTED", "第 5 条：不予受理", null, prev);
		jdbc.update("UPDATE audit_event SET summary = '第 5 条：不予受理', hash = ? WHERE id = ?", rehashed, target);

		// when / then
		assertThat(verifier.verify()).isEqualTo(AuditVerification.broken(5, target, Problem.HEAD_MISMATCH));
	}

	@Test
	void verifiesIncrementallyFromACheckpointAnchoredOnTheRowBefore() {
		// given rows before the checkpoint were verified earlier, and the row just before
		// it is later altered
		jdbc.update("UPDATE audit_event SET reason = '补正' WHERE id = ?", ids.get(1));

		// when
		AuditVerification fromCheckpoint = verifier.verifyFrom(ids.get(2));
		AuditVerification whole = verifier.verify();

		// then
		assertThat(fromCheckpoint).isEqualTo(AuditVerification.intact(3));
		assertThat(whole).isEqualTo(AuditVerification.broken(2, ids.get(1), Problem.HASH_MISMATCH));
	}

	@Test
	void verifiesAGrowingTrailAgainInFullAndFromTheNewRows() {
		// given a trail that keeps growing after a full check
		AuditVerification first = verifier.verify();

		// when
		List<Long> more = fixture.append(3, "MZ-TAMPER-MORE");

		// then
		assertThat(first).isEqualTo(AuditVerification.intact(5));
		assertThat(verifier.verify()).isEqualTo(AuditVerification.intact(8));
		assertThat(verifier.verifyFrom(more.get(0))).isEqualTo(AuditVerification.intact(3));
	}

	private long insertForged(String prevHash, String hash) {
		jdbc.update("INSERT INTO audit_event (occurred_at, actor, actor_role, org_unit_code, case_ref, action, "
				+ "summary, reason, prev_hash, hash) VALUES ('2026-03-02 10:15:30.250', 'yt-approver', 'APPROVER', "
				+ "'440308', 'MZ-TAMPER', 'AID_APPROVED', '准予救助', NULL, ?, ?)", prevHash, hash);
		return fixture.lastId();
	}

}
