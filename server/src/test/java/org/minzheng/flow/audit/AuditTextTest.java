package org.minzheng.flow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTextTest {

	@Test
	void masksCitizenIdNumbersAndMobileNumbersInText() {
		// given
		String text = "申请人身份证440308199001011234，另一人44030819851231002X，电话13812345678。";

		// when
		String masked = AuditText.clean(text);

		// then
		assertThat(masked).isEqualTo("申请人身份证440308********1234，另一人440308********002X，电话138****5678。");
	}

	@Test
	void leavesOtherNumbersAlone() {
		// given a case number, an org unit code, an amount and a 19-digit bank card
		String text = "案件 AID-2026-000123 单位 440308001 金额 1200.50 卡号 6222021234567890123";

		// when / then
		assertThat(AuditText.clean(text)).isEqualTo(text);
	}

	@Test
	void cutsOverLongTextToTheColumnSizeWithAnEllipsis() {
		// given
		String text = "审".repeat(1500);

		// when
		String cut = AuditText.clean(text);

		// then
		assertThat(cut).hasSize(AuditText.MAX_LENGTH).endsWith("审…");
	}

	@Test
	void neverCutsARareCharacterInHalf() {
		// given 𠮷 (U+20BB7) needs two UTF-16 units; place one across the cut
		String text = "a".repeat(998) + "𠮷" + "b".repeat(10);

		// when
		String cut = AuditText.clean(text);

		// then
		assertThat(cut).hasSize(999).endsWith("aa…");
		assertThat(cut.codePoints().allMatch(Character::isValidCodePoint)).isTrue();
		assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 2))).isFalse();
	}

	@Test
	void masksBeforeCuttingSoNoPartOfANumberSurvivesTheCut() {
		// given an ID number straddling the cut
		String text = "x".repeat(990) + "440308199001011234";

		// when
		String cut = AuditText.clean(text);

		// then
		assertThat(cut).hasSize(AuditText.MAX_LENGTH).endsWith("x440308***…");
	}

	@Test
	void replacesBrokenSurrogatesThatCouldNotBeStored() {
		// given / when / then
		assertThat(AuditText.clean("a\uD800b")).isEqualTo("a\uFFFDb");
	}

}
