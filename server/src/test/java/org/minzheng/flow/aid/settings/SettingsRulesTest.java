package org.minzheng.flow.aid.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.shared.ApiException;

/** The bounds of a proposed set, at their edges, and the labels bands get. */
class SettingsRulesTest {

	@Test
	void acceptsTheEdgesOfEveryBound() {
		Figures figures = SettingsRules.figures(proposal(0L, SettingsRules.MAX_AMOUNT_FEN,
				List.of(tier(0, 1_000_000L, 100), tier(1_000_000, null, 10_000)), 1, 1, 24));
		assertThat(figures.advanceLimitFen()).isZero();
		assertThat(figures.streetApprovalLimitFen()).isEqualTo(SettingsRules.MAX_AMOUNT_FEN);
		assertThat(figures.tiers()).extracting(Figures.Tier::label)
			.containsExactly("缺口 10000 元以下：1%", "缺口 10000 元以上：100%");
		assertThat(SettingsRules.label(1_000_000, 3_000_000L, 6050)).isEqualTo("缺口 10000 至 30000 元：60.5%");
	}

	@Test
	void refusesJustPastEveryBound() {
		assertCode(proposal(0L, SettingsRules.MAX_AMOUNT_FEN + 1, List.of(tier(0, null, 5000)), 30, 2, 3),
				"SETTINGS_AMOUNT_INVALID");
		assertCode(proposal(-1L, 100L, List.of(tier(0, null, 5000)), 30, 2, 3), "SETTINGS_AMOUNT_INVALID");
		assertCode(proposal(101L, 100L, List.of(tier(0, null, 5000)), 30, 2, 3), "ADVANCE_ABOVE_APPROVAL_LIMIT");
		assertCode(proposal(0L, 100L, List.of(tier(0, null, 99)), 30, 2, 3), "TIER_RATE_INVALID");
		assertCode(proposal(0L, 100L, List.of(tier(0, 100L, 5000), tier(100, 100L, 5000), tier(100, null, 5000)), 30, 2,
				3), "TIERS_INVALID");
		assertCode(proposal(0L, 100L, List.of(tier(0, null, 5000)), 101, 2, 3), "SPOT_CHECK_SHARE_INVALID");
		assertCode(proposal(0L, 100L, List.of(tier(0, null, 5000)), 30, 101, 3), "FLAG_FINDINGS_INVALID");
		assertCode(proposal(0L, 100L, List.of(tier(0, null, 5000)), 30, 2, 25), "FLAG_MONTHS_INVALID");
		assertCode(proposal(0L, 100L, java.util.Collections.nCopies(11, tier(0, null, 5000)), 30, 2, 3),
				"TIERS_INVALID");
	}

	private static void assertCode(AidSettings.Proposal proposal, String code) {
		assertThatThrownBy(() -> SettingsRules.figures(proposal)).isInstanceOf(ApiException.class)
			.extracting(e -> ((ApiException) e).code())
			.isEqualTo(code);
	}

	private static AidSettings.Proposal proposal(Long advance, Long approval, List<AidSettings.TierInput> tiers,
			int share, int findings, int months) {
		return new AidSettings.Proposal("文号", "标题", "理由", advance, approval, 0L, 0L, tiers, share, findings, months);
	}

	private static AidSettings.TierInput tier(long min, Long max, int rate) {
		return new AidSettings.TierInput(min, max, rate, null);
	}

}
