package org.minzheng.flow.charity;

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
import org.minzheng.flow.org.OrgUnit;
import org.minzheng.flow.security.BusinessLine;
import org.springframework.stereotype.Component;

/**
 * Charity cases: recognition as a charitable organisation, public-fundraising
 * qualification, charitable-trust filings (a trust's filings are its cases; the trust is
 * their subject).
 */
@Component
class CharityCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(new CaseKind("CH_RECOGNITION", "CH-REC-", "/charity/cases/"),
			new CaseKind("CH_FUNDRAISING", "CH-PF-", "/charity/cases/"),
			new CaseKind("CT_FILING", "CTF-", "/charity/cases/"));

	private final CharityMapper charity;

	private final CharityCaseNumbers numbers;

	private final OrgDirectory orgs;

	CharityCaseFeature(CharityMapper charity, CharityCaseNumbers numbers, OrgDirectory orgs) {
		this.charity = charity;
		this.numbers = numbers;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.CHARITY;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		if (caseNo.startsWith("CH-REC-")) {
			return Optional.ofNullable(charity.recognitionByNo(caseNo)).map(this::recognition);
		}
		if (caseNo.startsWith("CH-PF-")) {
			return Optional.ofNullable(charity.fundraisingByNo(caseNo)).map(this::fundraising);
		}
		if (caseNo.startsWith("CTF-")) {
			return Optional.ofNullable(charity.filingByNo(caseNo)).map(this::filing);
		}
		return Optional.empty();
	}

	private CaseFile recognition(Recognition r) {
		String status = String.valueOf(r.status());
		CaseEntry entry = new CaseEntry(r.recognitionNo(), "CH_RECOGNITION", "慈善组织认定 " + r.organisationName(),
				r.organisationName(), r.uscc(), false, district(r.registrarCode()), r.registrarCode(), null, status,
				CaseOutcome.of(status, r.closedAt() != null), r.processInstanceId(), r.appliedBy(), r.appliedAt(),
				r.closedAt());
		List<Fact> application = List.of(Fact.of("组织名称", r.organisationName()), Fact.of("统一社会信用代码", r.uscc()),
				Fact.of("登记管理机关", orgs.nameOf(r.registrarCode())), Fact.of("宗旨", r.purposeStatement()),
				Fact.of("受理日期", r.acceptedOn()), Fact.of("决定期限", r.decisionDue()), Fact.of("信用状况", r.creditState()),
				Fact.of("需补正材料", r.missingMaterials()), Fact.of("信用核查结果", r.creditFindings()),
				Fact.of("信用核查研判", r.creditDecision()), Fact.of("研判理由", r.creditOpinion()));
		List<Fact> decision = List.of(Fact.of("审查意见", r.reviewOpinion()), Fact.of("认定决定", r.decision()),
				Fact.of("决定时间", CaseFacts.time(r.decidedAt())), Fact.of("不予认定理由", r.refusalReason()),
				Fact.of("认定决定文号", r.certificateNo()), Fact.of("登记证书", r.effectiveOn() == null ? null : "换发，标明慈善组织属性"),
				Fact.of("生效日期", r.effectiveOn()), Fact.of("公开时间", CaseFacts.time(r.publishedAt())));
		return new CaseFile(entry,
				List.of(new CaseFile.Section("申请", application), new CaseFile.Section("决定", decision)));
	}

	private CaseFile fundraising(Fundraising f) {
		CharityOrganisation c = charity.charity(f.charityId());
		String status = String.valueOf(f.status());
		CaseEntry entry = new CaseEntry(f.qualificationNo(), "CH_FUNDRAISING", "公开募捐资格 " + c.name(), c.name(), c.uscc(),
				false, district(f.registrarCode()), f.registrarCode(), null, status,
				CaseOutcome.of(status, f.closedAt() != null), f.processInstanceId(), f.appliedBy(), f.appliedAt(),
				f.closedAt());
		List<Fact> application = List.of(Fact.of("慈善组织", c.name()), Fact.of("统一社会信用代码", c.uscc()),
				Fact.of("登记管理机关", orgs.nameOf(f.registrarCode())), Fact.of("募捐方案", f.planSummary()),
				Fact.of("受理日期", f.acceptedOn()), Fact.of("决定期限", f.decisionDue()),
				Fact.of("需补正材料", f.missingMaterials()), Fact.of("不予受理理由", f.notAcceptedReason()),
				Fact.of("信用核查结果", f.creditFindings()), Fact.of("信用核查研判", f.creditDecision()),
				Fact.of("研判理由", f.creditOpinion()));
		List<Fact> decision = List.of(Fact.of("审查意见", f.reviewOpinion()), Fact.of("决定", f.decision()),
				Fact.of("决定意见", f.decisionOpinion()), Fact.of("决定时间", CaseFacts.time(f.decidedAt())),
				Fact.of("证书编号", f.certificateNo()),
				Fact.of("有效期", f.validFrom() == null ? null : f.validFrom() + " 起，不设有效期"));
		return new CaseFile(entry,
				List.of(new CaseFile.Section("申请", application), new CaseFile.Section("决定", decision)));
	}

	private CaseFile filing(TrustFiling f) {
		Trust trust = charity.trust(f.trustId());
		String status = String.valueOf(f.status());
		CaseEntry entry = new CaseEntry(f.filingNo(), "CT_FILING", filingType(f.filingType()) + " " + trust.name(),
				trust.name(), null, false, district(trust.registrarCode()), trust.registrarCode(), null, status,
				CaseOutcome.of(status, f.closedAt() != null), f.processInstanceId(), f.submittedBy(), f.submittedAt(),
				f.closedAt());
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of("慈善信托", trust.trustNo() + " " + trust.name()));
		facts.add(Fact.of("备案类型", filingType(f.filingType())));
		facts.add(Fact.of("备案机关", orgs.nameOf(trust.registrarCode())));
		facts.add(Fact.of("事项发生日期", f.eventOn()));
		facts.add(Fact.of("逾期", f.late() ? "是（" + f.daysAfterEvent() + " 日后提交）" : "否"));
		facts.add(Fact.of("内容摘要", f.summary()));
		facts.add(Fact.of("需补正材料", f.missingMaterials()));
		List<Fact> decision = List.of(Fact.of("审核意见", f.reviewProposal()), Fact.of("审核说明", f.reviewOpinion()),
				Fact.of("签发", f.decision()), Fact.of("签发意见", f.decisionOpinion()), Fact.of("备案回执号", f.receiptNo()),
				Fact.of("回执时间", CaseFacts.time(f.receiptAt())));
		return new CaseFile(entry, List.of(new CaseFile.Section("备案", facts), new CaseFile.Section("结果", decision)));
	}

	private static String filingType(String type) {
		return switch (String.valueOf(type)) {
			case "INITIAL" -> "设立备案";
			case "CHANGE" -> "变更备案";
			case "TERMINATION" -> "终止备案";
			case "ANNUAL_REPORT" -> "年度报告";
			default -> "慈善信托备案";
		};
	}

	private String district(String registrarCode) {
		return orgs.districtOf(registrarCode).map(OrgUnit::code).orElse(registrarCode);
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
