package org.minzheng.flow.cemetery;

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
 * Cemetery cases: a district's yearly inspection campaign ({@code CEM-440303-2026}) and
 * the inspection of each commercial cemetery in it ({@code CEM-440303-2026-01}).
 */
@Component
class CemeteryCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(
			new CaseKind("CEM_INSPECTION", "CEM-", "/cemetery/inspections/"),
			new CaseKind("CEM_CAMPAIGN", "CEM-", "/cemetery/campaigns/"));

	private final CemeteryMapper cemeteries;

	private final CemeteryCaseNumbers numbers;

	private final OrgDirectory orgs;

	CemeteryCaseFeature(CemeteryMapper cemeteries, CemeteryCaseNumbers numbers, OrgDirectory orgs) {
		this.cemeteries = cemeteries;
		this.numbers = numbers;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.CEMETERY;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		Inspection inspection = cemeteries.inspectionByNo(caseNo);
		if (inspection != null) {
			return Optional.of(inspection(inspection));
		}
		return Optional.ofNullable(cemeteries.campaignByNo(caseNo)).map(this::campaign);
	}

	private CaseFile inspection(Inspection i) {
		Cemetery cemetery = cemeteries.cemeteryById(i.cemeteryId());
		Campaign campaign = cemeteries.campaign(i.campaignId());
		boolean closed = i.closedAt() != null;
		String status = closed && i.result() != null ? i.result() : "IN_PROGRESS";
		CaseOutcome outcome = !closed ? CaseOutcome.OPEN : "QUALIFIED".equals(i.result()) ? CaseOutcome.APPROVED
				: "UNQUALIFIED".equals(i.result()) ? CaseOutcome.REJECTED : CaseOutcome.CLOSED;
		CaseEntry entry = new CaseEntry(i.inspectionNo(), "CEM_INSPECTION",
				campaign.campaignYear() + "年度年检 " + cemetery.name(), cemetery.name(), cemetery.operatorUscc(), false,
				i.districtCode(), i.districtCode(), null, status, outcome, i.processInstanceId(), campaign.openedBy(),
				i.openedAt(), i.closedAt());
		List<Fact> site = List.of(Fact.of("公墓", cemetery.name()), Fact.of("经营单位", cemetery.operatorName()),
				Fact.of("统一社会信用代码", cemetery.operatorUscc()), Fact.of("地址", cemetery.address()),
				Fact.of("经营许可证", cemetery.licenceNo()), Fact.of("许可证有效期至", cemetery.licenceValidUntil()),
				Fact.of("年检批次", campaign.campaignNo()));
		List<Fact> result = List.of(Fact.of("检查发现", i.findings()), Fact.of("整改通知", i.rectificationOrder()),
				Fact.of("整改期限", i.rectificationDue()), Fact.of("整改报告", i.rectificationReport()),
				Fact.of("年检结论", result(i.result())), Fact.of("结论意见", i.resultOpinion()),
				Fact.of("结论时间", CaseFacts.time(i.resultAt())), Fact.of("信用记录号", i.creditRecordNo()),
				Fact.of("执法处理", i.enforcementDecision()));
		return new CaseFile(entry, List.of(new CaseFile.Section("公墓", site), new CaseFile.Section("年检", result)));
	}

	private CaseFile campaign(Campaign c) {
		String status = String.valueOf(c.status());
		CaseEntry entry = new CaseEntry(c.campaignNo(), "CEM_CAMPAIGN",
				orgs.nameOf(c.districtCode()) + c.campaignYear() + "年公墓年检", orgs.nameOf(c.districtCode()), null, false,
				c.districtCode(), c.districtCode(), null, status, CaseOutcome.of(status, c.closedAt() != null),
				c.processInstanceId(), c.openedBy(), c.openedAt(), c.closedAt());
		List<Fact> facts = List.of(Fact.of("年度", c.campaignYear()), Fact.of("区", orgs.nameOf(c.districtCode())),
				Fact.of("公墓数", c.totalCount()), Fact.of("合格", c.qualifiedCount()),
				Fact.of("限期整改", c.rectifyPendingCount()), Fact.of("不合格", c.unqualifiedCount()),
				Fact.of("区级汇总意见", c.summaryNote()), Fact.of("市局审核", c.cityDecision()), Fact.of("市局意见", c.cityReason()),
				Fact.of("公布时间", CaseFacts.time(c.publishedAt())));
		return new CaseFile(entry, List.of(new CaseFile.Section("年检汇总", facts)));
	}

	private static String result(String result) {
		return result == null ? null : switch (result) {
			case "QUALIFIED" -> "合格";
			case "RECTIFY_PENDING" -> "限期整改";
			case "UNQUALIFIED" -> "不合格";
			default -> result;
		};
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return numbers.after(after, limit);
	}

	@Override
	public long caseCount() {
		return numbers.count();
	}

}
