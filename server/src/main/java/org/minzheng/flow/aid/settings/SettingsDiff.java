package org.minzheng.flow.aid.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Old → new in words, for the audit trail: only what the change moves, so that a reader
 * of the trail sees what the district's figures were and became.
 */
final class SettingsDiff {

	private SettingsDiff() {
	}

	static String describe(Figures before, Figures after) {
		List<String> parts = new ArrayList<>();
		amount(parts, "先行救助额度", before, after, Figures::advanceLimitFen);
		amount(parts, "街道审批额度", before, after, Figures::streetApprovalLimitFen);
		amount(parts, "免予公示额度", before, after, Figures::noticeThresholdFen);
		amount(parts, "支出型救助封顶额", before, after, Figures::expenditureCapFen);
		if (!before.tiers().equals(after.tiers())) {
			parts.add("支出型分档 " + tiers(before) + " → " + tiers(after));
		}
		plain(parts, "抽查比例", "%", before.sharePercent(), after.sharePercent());
		plain(parts, "预警问题数", " 件", before.flagFindings(), after.flagFindings());
		plain(parts, "预警统计期", " 个月", before.flagMonths(), after.flagMonths());
		return parts.isEmpty() ? "无变动" : String.join("；", parts);
	}

	private static void amount(List<String> parts, String name, Figures before, Figures after,
			Function<Figures, Long> figure) {
		Long old = figure.apply(before);
		Long now = figure.apply(after);
		if (!Objects.equals(old, now)) {
			parts.add(name + " " + yuan(old) + " → " + yuan(now) + " 元");
		}
	}

	private static void plain(List<String> parts, String name, String unit, int old, int now) {
		if (old != now) {
			parts.add(name + " " + old + unit + " → " + now + unit);
		}
	}

	private static String tiers(Figures figures) {
		return figures.tiers().isEmpty() ? "（未设）"
				: String.join("、", figures.tiers().stream().map(Figures.Tier::label).toList());
	}

	private static String yuan(Long fen) {
		return fen == null ? "（未设）" : SettingsRules.yuan(fen);
	}

}
