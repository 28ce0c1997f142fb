package org.minzheng.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class AuditHashTest {

	private static final LocalDateTime AT = LocalDateTime.of(2026, 1, 1, 8, 0, 0, 123_000_000);

	@Test
	void hashesTheDocumentedCanonicalFormSoOutsidersCanRecomputeIt() {
		// given the example of the AuditHash Javadoc, hashed independently with `printf
		// '%s' ... | sha256sum`
		String canonical = "12:mzf-audit-v113:17672256001236:system6:SYSTEM6:440308-1:X6:超时-64:" + AuditHash.GENESIS;

		// when / then
		assertThat(AuditHash.canonical(AT, "system", "SYSTEM", "440308", null, "X", "超时", null, AuditHash.GENESIS))
			.isEqualTo(canonical);
		assertThat(AuditHash.of(AT, "system", "SYSTEM", "440308", null, "X", "超时", null, AuditHash.GENESIS))
			.isEqualTo("2b33ed88c2ebe6c0320615cc9520c40c44bc8a5ad1b2aff16c85ef29dfedc1f0");
	}

	@Test
	void movingTextAcrossAFieldBoundaryChangesTheHash() {
		// given the same characters split differently between summary and reason
		String before = AuditHash.of(AT, "a", "CLERK", "440308001", "C-1", "X", "准予救助", "符合条件", AuditHash.GENESIS);

		// when
		String after = AuditHash.of(AT, "a", "CLERK", "440308001", "C-1", "X", "准予救助符合", "条件", AuditHash.GENESIS);

		// then
		assertThat(after).isNotEqualTo(before);
	}

	@Test
	void distinguishesAMissingReasonFromAnEmptyOne() {
		// given / when
		String missing = AuditHash.of(AT, "a", "CLERK", "440308001", null, "X", "s", null, AuditHash.GENESIS);
		String empty = AuditHash.of(AT, "a", "CLERK", "440308001", null, "X", "s", "", AuditHash.GENESIS);

		// then
		assertThat(missing).isNotEqualTo(empty);
	}

	@Test
	void coversTheMillisecondsAndThePreviousHash() {
		// given
		String base = AuditHash.of(AT, "a", "CLERK", "440308001", null, "X", "s", null, AuditHash.GENESIS);

		// when / then
		assertThat(AuditHash.of(AT.plusNanos(1_000_000), "a", "CLERK", "440308001", null, "X", "s", null,
				AuditHash.GENESIS))
			.isNotEqualTo(base);
		assertThat(AuditHash.of(AT, "a", "CLERK", "440308001", null, "X", "s", null, "1".repeat(64)))
			.isNotEqualTo(base);
	}

}
