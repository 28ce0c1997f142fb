package org.minzheng.flow.elderly;

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
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.springframework.stereotype.Component;

/**
 * 高龄津贴 cases ({@code GL-440308003-2026-000001}), at the resident's hukou street. The
 * title carries the reason an unclear case waits for the clerk, so the inbox shows it.
 */
@Component
class ElderlyCaseFeature implements CaseFeature {

	static final String KIND = "ELDERLY_ALLOWANCE";

	private static final List<CaseKind> KINDS = List.of(new CaseKind(KIND, "GL-", "/elderly/allowances/"));

	private final ElderlyMapper mapper;

	private final PersonalDataCrypto crypto;

	private final OrgDirectory orgs;

	ElderlyCaseFeature(ElderlyMapper mapper, PersonalDataCrypto crypto, OrgDirectory orgs) {
		this.mapper = mapper;
		this.crypto = crypto;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.ELDERLY;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		return Optional.ofNullable(mapper.byNo(caseNo)).map(this::file);
	}

	private CaseFile file(Allowance a) {
		String name = crypto.open(a.residentName());
		String title = "高龄津贴 " + name + (a.status() == AllowanceStatus.PENDING_STAFF
				? "（待核实：" + AllowanceViews.reasonZh(a.unclearReason()) + "）" : "");
		CaseOutcome outcome = switch (a.status()) {
			case RECEIVED, PENDING_STAFF -> CaseOutcome.OPEN;
			case GRANTED -> CaseOutcome.APPROVED;
			case NOT_ELIGIBLE, NOT_GRANTED -> CaseOutcome.REJECTED;
			case STOPPED, REFUSED -> CaseOutcome.CLOSED;
		};
		CaseEntry entry = new CaseEntry(a.caseNo(), KIND, title, name, crypto.open(a.idNumber()), true,
				a.districtCode(), a.streetCode(), null, a.status().name(), outcome, a.processInstanceId(), null,
				a.receivedAt(), a.closedAt());
		List<Fact> resident = List.of(Fact.personal("姓名", name), Fact.personal("身份证号", crypto.open(a.idNumber())),
				Fact.of("出生日期", a.birthDate()), Fact.of("户籍街道", orgs.nameOf(a.streetCode())),
				Fact.of("收款账户", a.bankAccount() == null ? "未登记" : "已登记"));
		List<Fact> decision = List.of(Fact.of("状态", a.status().labelZh()),
				Fact.of("待核实原因", AllowanceViews.reasonZh(a.unclearReason())), Fact.of("规则输入", a.decisionInputs()),
				Fact.of("规则结论", a.eligibility()),
				Fact.of("月发放标准（元）", a.monthlyAmountFen() == null ? null : a.monthlyAmountFen() / 100),
				Fact.of("决策版本", a.decisionVersion()), Fact.of("决定方式", AllowanceViews.decidedByZh(a.decidedBy())),
				Fact.of("决定时间", CaseFacts.time(a.decidedAt())), Fact.of("核实人", a.reviewedBy()),
				Fact.of("核实情况", a.reviewOpinion()), Fact.of("发放起始月", a.payFrom()), Fact.of("发放至", a.payUntil()),
				Fact.of("停发原因", a.stopReason()));
		return new CaseFile(entry,
				List.of(new CaseFile.Section("老人", resident), new CaseFile.Section("规则决定与发放", decision)));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return mapper.caseNumbers(after, limit);
	}

	@Override
	public long caseCount() {
		return mapper.caseCount();
	}

}
