package org.minzheng.flow.aid.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.minzheng.flow.shared.ApiException;

/**
 * The checks a proposed set of figures passes before anyone may approve it, each with a
 * stable code and the field it concerns; nothing is written before they all pass.
 */
final class SettingsRules {

	/**
	 * Largest amount any limit may be (¥1,000,000), in fen: far above any district's
	 * figure.
	 */
	static final long MAX_AMOUNT_FEN = 100_000_000L;

	/** Most bands a district's 支出型 tiers may have. */
	static final int MAX_TIERS = 10;

	/** Most findings the flag rule may wait for. */
	static final int MAX_FLAG_FINDINGS = 100;

	private SettingsRules() {
	}

	/**
	 * The proposed figures, checked.
	 * @throws ApiException {@code FIELD_REQUIRED}, {@code SETTINGS_AMOUNT_INVALID},
	 * {@code ADVANCE_ABOVE_APPROVAL_LIMIT}, {@code TIERS_INVALID},
	 * {@code TIER_RATE_INVALID}, {@code FIELD_TOO_LONG},
	 * {@code SPOT_CHECK_SHARE_INVALID}, {@code FLAG_FINDINGS_INVALID},
	 * {@code FLAG_MONTHS_INVALID}
	 */
	static Figures figures(AidSettings.Proposal p) {
		long advance = amount(p.advanceLimitFen(), "advanceLimitFen", "先行救助额度");
		long approval = amount(p.streetApprovalLimitFen(), "streetApprovalLimitFen", "街道审批额度");
		long notice = amount(p.noticeThresholdFen(), "noticeThresholdFen", "免予公示额度");
		long cap = amount(p.expenditureCapFen(), "expenditureCapFen", "支出型救助封顶额");
		if (advance > approval) {
			throw ApiException.badRequest("ADVANCE_ABOVE_APPROVAL_LIMIT", "advanceLimitFen", "先行救助额度不能高于街道审批额度");
		}
		List<Figures.Tier> tiers = tiers(p.tiers());
		int share = within(p.sharePercent(), 1, 100, "sharePercent", "SPOT_CHECK_SHARE_INVALID", "抽查比例须为 1%–100%");
		int findings = within(p.flagFindings(), 1, MAX_FLAG_FINDINGS, "flagFindings", "FLAG_FINDINGS_INVALID",
				"预警问题数须为 1–" + MAX_FLAG_FINDINGS + " 件");
		int months = within(p.flagMonths(), 1, 24, "flagMonths", "FLAG_MONTHS_INVALID", "预警统计期须为 1–24 个月");
		return new Figures(advance, approval, notice, cap, tiers, share, findings, months);
	}

	private static List<Figures.Tier> tiers(List<AidSettings.TierInput> input) {
		if (input == null || input.isEmpty()) {
			throw ApiException.badRequest("FIELD_REQUIRED", "tiers", "请至少设定一档支出型救助比例");
		}
		if (input.size() > MAX_TIERS) {
			throw ApiException.badRequest("TIERS_INVALID", "tiers", "支出型救助分档不能超过 {0} 档", MAX_TIERS);
		}
		List<Figures.Tier> tiers = new ArrayList<>();
		long expectedMin = 0;
		for (int i = 0; i < input.size(); i++) {
			AidSettings.TierInput in = input.get(i);
			String field = "tiers[" + i + "]";
			if (in == null || in.minShortfallFen() == null || in.rateBasisPoints() == null) {
				throw ApiException.badRequest("FIELD_REQUIRED", field, "第 {0} 档的起点和比例均须填写", (i + 1));
			}
			boolean last = i == input.size() - 1;
			long min = in.minShortfallFen();
			Long max = in.maxShortfallFen();
			if (min != expectedMin) {
				throw i == 0 ? ApiException.badRequest("TIERS_INVALID", field, "第 1 档须从缺口 0 元起")
						: ApiException.badRequest("TIERS_INVALID", field, "第 {0} 档须紧接上一档的上限（{1} 元）起，不能有空档或重叠", (i + 1),
								yuan(expectedMin));
			}
			if (last != (max == null)) {
				throw ApiException.badRequest("TIERS_INVALID", field, last ? "最后一档不设上限" : "除最后一档外，每档须设上限");
			}
			if (max != null && (max <= min || max > MAX_AMOUNT_FEN)) {
				throw ApiException.badRequest("TIERS_INVALID", field, "第 {0} 档的上限须高于起点且不超过 {1} 元", (i + 1),
						yuan(MAX_AMOUNT_FEN));
			}
			int rate = in.rateBasisPoints();
			if (rate < 100 || rate > 10_000) {
				throw ApiException.badRequest("TIER_RATE_INVALID", field, "第 {0} 档的救助比例须为 1%–100%", (i + 1));
			}
			String label = in.label() == null || in.label().isBlank() ? label(min, max, rate) : in.label().strip();
			if (label.length() > 50) {
				throw ApiException.badRequest("FIELD_TOO_LONG", field, "第 {0} 档的说明须在 50 字以内", (i + 1));
			}
			tiers.add(new Figures.Tier(min, max, rate, label));
			expectedMin = max == null ? expectedMin : max;
		}
		return tiers;
	}

	/** The label a band gets when the proposer gives none: 缺口 1 万至 3 万元：60%. */
	static String label(long min, Long max, int rate) {
		String percent = BigDecimal.valueOf(rate, 2).stripTrailingZeros().toPlainString() + "%";
		if (max == null) {
			return "缺口 " + yuan(min) + " 元以上：" + percent;
		}
		return (min == 0 ? "缺口 " + yuan(max) + " 元以下" : "缺口 " + yuan(min) + " 至 " + yuan(max) + " 元") + "：" + percent;
	}

	static String yuan(long fen) {
		return BigDecimal.valueOf(fen, 2).stripTrailingZeros().toPlainString();
	}

	private static long amount(Long value, String field, String name) {
		if (value == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, "请填写{0}", name);
		}
		if (value < 0 || value > MAX_AMOUNT_FEN) {
			throw ApiException.badRequest("SETTINGS_AMOUNT_INVALID", field, "{0}须在 0 至 {1} 元之间", name,
					yuan(MAX_AMOUNT_FEN));
		}
		return value;
	}

	private static int within(Integer value, int min, int max, String field, String code, String message) {
		if (value == null) {
			throw ApiException.badRequest("FIELD_REQUIRED", field, message);
		}
		if (value < min || value > max) {
			throw ApiException.badRequest(code, field, message);
		}
		return value;
	}

	static String text(String value, int max, String field, String message) {
		if (value == null || value.isBlank() || value.strip().length() > max) {
			throw ApiException.badRequest(value == null || value.isBlank() ? "FIELD_REQUIRED" : "FIELD_TOO_LONG", field,
					message);
		}
		return value.strip();
	}

}
