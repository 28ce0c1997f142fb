package org.minzheng.flow.aid.spotcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.minzheng.flow.cases.CaseEntry;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.cases.CaseFeature;
import org.minzheng.flow.cases.CaseFile;
import org.minzheng.flow.cases.CaseFile.Fact;
import org.minzheng.flow.cases.CaseKind;
import org.minzheng.flow.cases.CaseOutcome;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Spot checks of entrusted decisions as cases of the aid line. They belong to the
 * district alone (no second unit): the street whose decision is checked does not see the
 * check.
 */
@Component
class AidSpotCheckCaseFeature implements CaseFeature {

	static final String KIND = "AID_SPOT_CHECK";

	private static final List<CaseKind> KINDS = List.of(new CaseKind(KIND, "CC-", null));

	private final AidSpotCheckMapper checks;

	private final OrgDirectory orgs;

	AidSpotCheckCaseFeature(AidSpotCheckMapper checks, OrgDirectory orgs) {
		this.checks = checks;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.AID;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseEntry> entry(String caseNo) {
		return Optional.ofNullable(checks.findByNo(caseNo)).map(this::entry);
	}

	private CaseEntry entry(AidSpotCheck c) {
		return new CaseEntry(c.checkNo(), KIND, "委托审批抽查 " + orgs.nameOf(c.streetCode()) + " " + c.applicationNo(), null,
				null, false, c.districtCode(), c.districtCode(), null, c.status().name(),
				c.closedAt() == null ? CaseOutcome.OPEN : CaseOutcome.CLOSED, c.processInstanceId(), null, c.openedAt(),
				c.closedAt());
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		AidSpotCheck c = checks.findByNo(caseNo);
		if (c == null) {
			return Optional.empty();
		}
		AidSpotCheckDraw draw = checks.draw(c.drawId());
		List<Fact> check = new ArrayList<>();
		check.add(Fact.of("抽查的审批决定", c.applicationNo()));
		check.add(Fact.of("作出决定的街道", orgs.nameOf(c.streetCode())));
		check.add(Fact.of("委托文号", checks.documentNo(c.entrustmentId())));
		check.add(Fact.of("抽样月份", draw.sampleMonth().toString().substring(0, 7)));
		check.add(Fact.of("抽样", draw.sampleSize() + " / " + draw.populationSize() + "（" + draw.sharePercent() + "%，种子 "
				+ draw.seed() + "）"));
		List<Fact> finding = new ArrayList<>();
		finding.add(Fact.of("抽查结论", label(c.status())));
		finding.add(Fact.of("问题类别", c.findingKind() == null ? null : checks.findingKindLabel(c.findingKind())));
		finding.add(Fact.of("问题说明", c.note()));
		finding.add(Fact.of("纠正意见", c.correction()));
		finding.add(Fact.of("纠正后停止发放", c.correction() == null ? null : c.endsPayment() ? "是" : "否"));
		finding.add(Fact.of("复核时间", c.reviewedAt() == null ? null : CaseFacts.time(c.reviewedAt())));
		finding.add(Fact.of("纠正确认意见", c.correctionOpinion()));
		finding.add(Fact.of("确认时间", c.correctionDecidedAt() == null ? null : CaseFacts.time(c.correctionDecidedAt())));
		return Optional.of(new CaseFile(entry(c),
				List.of(new CaseFile.Section("抽查", check), new CaseFile.Section("结论", finding))));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return checks.numbersAfter(after, limit);
	}

	@Override
	public long caseCount() {
		return checks.count();
	}

	static String label(AidSpotCheckStatus status) {
		return switch (status) {
			case OPEN -> "抽查中";
			case AWAITING_CORRECTION -> "待确认纠正";
			case CONFIRMED -> "决定正确，予以维持";
			case FINDING -> "发现问题，不需纠正";
			case CORRECTED -> "发现问题，已纠正";
			case NOT_CORRECTED -> "发现问题，不予纠正";
		};
	}

}
