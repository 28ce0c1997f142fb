package org.minzheng.flow.socialorg;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.minzheng.flow.cases.CaseEntry;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.cases.CaseFeature;
import org.minzheng.flow.cases.CaseFile;
import org.minzheng.flow.cases.CaseFile.Fact;
import org.minzheng.flow.cases.CaseKind;
import org.minzheng.flow.cases.CaseOutcome;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.socialorg.annual.AnnualReport;
import org.minzheng.flow.socialorg.annual.AnnualReportMapper;
import org.minzheng.flow.socialorg.credit.CreditListing;
import org.minzheng.flow.socialorg.credit.CreditListingMapper;
import org.minzheng.flow.socialorg.credit.CreditListings;
import org.minzheng.flow.socialorg.exit.Alteration;
import org.minzheng.flow.socialorg.exit.ExitCandidate;
import org.minzheng.flow.socialorg.exit.ExitMapper;
import org.minzheng.flow.socialorg.registration.Registration;
import org.minzheng.flow.socialorg.registration.RegistrationMapper;
import org.minzheng.flow.socialorg.registration.RegistrationStatus;
import org.minzheng.flow.socialorg.spotcheck.SpotCheck;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckItem;
import org.minzheng.flow.socialorg.spotcheck.SpotCheckMapper;
import org.springframework.stereotype.Component;

/**
 * Socialorg cases: registration, annual report, spot-check item, change, deregistration,
 * dormant-organisation exit. Each is about one organisation, registered by one registrar;
 * the registrar's staff read them only at their own registrar.
 */
@Component
class SocialOrgCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(
			new CaseKind("SO_REGISTRATION", SocialOrgCases.REGISTRATION_PREFIX, "/socialorg/registrations/"),
			new CaseKind("SO_ANNUAL_REPORT", SocialOrgCases.REPORT_PREFIX, null),
			new CaseKind("SO_SPOT_CHECK", SocialOrgCases.SPOT_CHECK_PREFIX, null),
			new CaseKind("SO_CHANGE", SocialOrgCases.CHANGE_PREFIX, null),
			new CaseKind("SO_DEREGISTRATION", SocialOrgCases.DEREGISTRATION_PREFIX, null),
			new CaseKind("SO_EXIT", SocialOrgCases.EXIT_PREFIX, null),
			new CaseKind("SO_CREDIT_LISTING", CreditListings.PREFIX, null));

	private static final Set<String> EXIT_CLOSED = Set.of("REVOKED", "DROPPED");

	private final OrganisationMapper organisations;

	private final RegistrationMapper registrations;

	private final AnnualReportMapper reports;

	private final SpotCheckMapper spotChecks;

	private final ExitMapper exits;

	private final SocialOrgCaseNumbers numbers;

	private final CreditListingMapper listings;

	private final OrgDirectory orgs;

	SocialOrgCaseFeature(OrganisationMapper organisations, RegistrationMapper registrations, AnnualReportMapper reports,
			SpotCheckMapper spotChecks, ExitMapper exits, SocialOrgCaseNumbers numbers, OrgDirectory orgs,
			CreditListingMapper listings) {
		this.listings = listings;
		this.organisations = organisations;
		this.registrations = registrations;
		this.reports = reports;
		this.spotChecks = spotChecks;
		this.exits = exits;
		this.numbers = numbers;
		this.orgs = orgs;
	}

	@Override
	public BusinessLine line() {
		return BusinessLine.SOCIALORG;
	}

	@Override
	public List<CaseKind> kinds() {
		return KINDS;
	}

	@Override
	public boolean handlersAtOwnUnitOnly() {
		return true;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		if (caseNo.startsWith(SocialOrgCases.REGISTRATION_PREFIX)) {
			return Optional.ofNullable(registrations.findByNo(caseNo)).map(this::registration);
		}
		if (caseNo.startsWith(SocialOrgCases.REPORT_PREFIX)) {
			return Optional.ofNullable(reports.findByNo(caseNo)).map(this::report);
		}
		if (caseNo.startsWith(SocialOrgCases.SPOT_CHECK_PREFIX)) {
			return Optional.ofNullable(spotChecks.findItemByNo(caseNo)).map(this::spotCheck);
		}
		if (caseNo.startsWith(SocialOrgCases.CHANGE_PREFIX)
				|| caseNo.startsWith(SocialOrgCases.DEREGISTRATION_PREFIX)) {
			return Optional.ofNullable(exits.alterationByNo(caseNo)).map(this::alteration);
		}
		if (caseNo.startsWith(CreditListings.PREFIX)) {
			return Optional.ofNullable(listings.findByNo(caseNo)).map(this::listing);
		}
		if (caseNo.startsWith(SocialOrgCases.EXIT_PREFIX)) {
			return Optional.ofNullable(exits.candidateByNo(caseNo)).map(this::exit);
		}
		return Optional.empty();
	}

	private CaseFile registration(Registration r) {
		Organisation o = organisations.find(r.organisationId());
		String status = r.status().name();
		boolean closed = r.closedAt() != null;
		// an association's first stage: a refused preparation is a refusal, a lapsed one
		// ends
		// without a decision on the merits
		CaseOutcome outcome = !closed ? CaseOutcome.OPEN
				: r.status() == RegistrationStatus.PREPARATION_REFUSED ? CaseOutcome.REJECTED
						: r.status() == RegistrationStatus.PREPARATION_LAPSED ? CaseOutcome.WITHDRAWN
								: CaseOutcome.of(status, true);
		CaseEntry entry = entry(r.registrationNo(), "SO_REGISTRATION", "成立登记 " + o.name(), o, status, outcome,
				r.processInstanceId(), r.submittedBy(), r.submittedAt(), r.closedAt());
		List<Fact> facts = new ArrayList<>(organisation(o));
		facts.add(Fact.of(switch (o.orgType()) {
			case ASSOCIATION -> "活动资金（元）";
			case SOCIAL_SERVICE -> "开办资金（元）";
			case FOUNDATION -> "原始基金（元）";
		}, o.capitalYuan() == null ? null : o.capitalYuan().toPlainString()));
		facts.add(Fact.of("受理时间", CaseFacts.time(r.acceptedAt())));
		facts.add(Fact.of("决定期限", r.decisionDeadline()));
		facts.add(Fact.of("名称核准意见", r.nameCheckNote()));
		facts.add(Fact.of("需补正材料", r.missingMaterials()));
		List<CaseFile.Section> sections = new ArrayList<>(List.of(new CaseFile.Section("申请", facts)));
		if (r.preparationDecision() != null) {
			sections.add(new CaseFile.Section("筹备",
					List.of(Fact.of("筹备决定", r.preparationDecision()), Fact.of("筹备决定理由", r.preparationOpinion()),
							Fact.of("筹备决定时间", CaseFacts.time(r.preparationDecidedAt())),
							Fact.of("筹备期届满日", r.preparationExpiresOn()),
							Fact.of("成立登记申请时间", CaseFacts.time(r.establishmentAppliedAt())),
							Fact.of("成立大会日期", r.foundingMeetingOn()), Fact.of("个人会员数", r.individualMembers()),
							Fact.of("单位会员数", r.unitMembers()))));
		}
		sections.add(new CaseFile.Section("决定",
				List.of(Fact.of("登记决定", r.decision()), Fact.of("决定意见", r.decisionOpinion()),
						Fact.of("决定时间", CaseFacts.time(r.decidedAt())), Fact.of("登记证书号", r.licenceNo()),
						Fact.of("公告时间", CaseFacts.time(r.announcedAt())))));
		return new CaseFile(entry, sections);
	}

	private CaseFile report(AnnualReport r) {
		Organisation o = organisations.find(r.organisationId());
		CaseEntry entry = entry(r.reportNo(), "SO_ANNUAL_REPORT", "年度报告 " + o.name(), o, r.status(),
				CaseOutcome.of(r.status(), r.closedAt() != null), r.processInstanceId(), null,
				r.submittedAt() != null ? r.submittedAt() : organisationCreated(o), r.closedAt());
		List<Fact> facts = new ArrayList<>(organisation(o));
		facts.add(Fact.of("报送时间", CaseFacts.time(r.submittedAt())));
		facts.add(Fact.of("逾期报送", r.late() ? "是" : "否"));
		facts.add(Fact.of("报告摘要", r.summary()));
		facts.add(Fact.of("审计报告编号", r.auditReportNo()));
		facts.add(Fact.of("责令改正事项", r.correctionNote()));
		return new CaseFile(entry, List.of(new CaseFile.Section("年度报告", facts)));
	}

	private CaseFile spotCheck(SpotCheckItem item) {
		Organisation o = organisations.find(item.organisationId());
		SpotCheck check = spotChecks.find(item.spotCheckId());
		boolean closed = item.publishedAt() != null;
		String status = closed && item.result() != null ? item.result() : item.status();
		CaseEntry entry = new CaseEntry(item.itemNo(), "SO_SPOT_CHECK", "年报抽查 " + o.name(), o.name(), o.uscc(), false,
				district(check.registrarCode()), check.registrarCode(), null, status, CaseOutcome.of(status, closed),
				item.processInstanceId(), check.createdBy(), check.createdAt(), item.publishedAt());
		List<Fact> facts = new ArrayList<>(organisation(o));
		facts.add(Fact.of("抽查批次", check.checkNo() + " " + check.title()));
		facts.add(Fact.of("检查发现", item.findings()));
		facts.add(Fact.of("整改期限", item.rectificationDue()));
		facts.add(Fact.of("抽查结果", item.result()));
		facts.add(Fact.of("公布时间", CaseFacts.time(item.publishedAt())));
		return new CaseFile(entry, List.of(new CaseFile.Section("抽查", facts)));
	}

	private CaseFile alteration(Alteration a) {
		Organisation o = organisations.find(a.organisationId());
		boolean change = Alteration.CHANGE.equals(a.kind());
		CaseEntry entry = entry(a.alterationNo(), change ? "SO_CHANGE" : "SO_DEREGISTRATION",
				(change ? "变更登记 " : "注销登记 ") + o.name(), o, a.status(),
				CaseOutcome.of(a.status(), a.closedAt() != null), a.processInstanceId(), a.submittedBy(),
				a.submittedAt(), a.closedAt());
		List<Fact> facts = new ArrayList<>(organisation(o));
		if (change) {
			facts.add(Fact.of("新住所", a.newDomicile()));
			facts.add(Fact.personal("新法定代表人", a.newLegalRepName()));
			facts.add(Fact.personal("新法定代表人身份证号", org.minzheng.flow.shared.SealedText.valueOf(a.newLegalRepId())));
		}
		else {
			facts.add(Fact.of("清算报告编号", a.liquidationReportNo()));
		}
		return new CaseFile(entry, List.of(new CaseFile.Section(change ? "变更事项" : "注销事项", facts)));
	}

	private CaseFile exit(ExitCandidate c) {
		Organisation o = organisations.find(c.organisationId());
		ExitMapper.ExitBatch batch = exits.batch(c.caseNo().substring(0, c.caseNo().lastIndexOf('-')));
		boolean closed = EXIT_CLOSED.contains(c.status());
		CaseEntry entry = new CaseEntry(c.caseNo(), "SO_EXIT", "僵尸型社会组织退出 " + o.name(), o.name(), o.uscc(), false,
				district(batch.registrarCode()), batch.registrarCode(), null, c.status(),
				"REVOKED".equals(c.status()) ? CaseOutcome.CLOSED : CaseOutcome.of(c.status(), closed),
				c.processInstanceId(), batch.createdBy(), batch.createdAt(), null);
		List<Fact> facts = new ArrayList<>(organisation(o));
		facts.add(Fact.of("认定理由", c.reason()));
		facts.add(Fact.of("听证情况", c.hearingNote()));
		facts.add(Fact.of("排查批次", batch.batchNo()));
		return new CaseFile(entry, List.of(new CaseFile.Section("退出", facts)));
	}

	private CaseFile listing(CreditListing l) {
		Organisation o = organisations.find(l.organisationId());
		CaseEntry entry = entry(l.listingNo(), "SO_CREDIT_LISTING", "信用名单列入 " + o.name(), o, l.status(),
				CaseOutcome.of(l.status(), l.closedAt() != null), l.processInstanceId(), null, l.createdAt(),
				l.closedAt());
		List<Fact> facts = new ArrayList<>(organisation(o));
		facts.add(Fact.of("列入事由", l.reasonText()));
		facts.add(Fact.of("事由所在案件", l.triggerRef()));
		facts.add(Fact.of("审查认定的事实", l.facts()));
		facts.add(Fact.of("告知日期", l.notifiedOn()));
		facts.add(Fact.of("陈述申辩期限", l.answerDueOn()));
		facts.add(Fact.of("陈述申辩", l.statement()));
		List<Fact> decision = List.of(Fact.of("决定", l.decision()), Fact.of("理由", l.decisionReasons()),
				Fact.of("决定书文号", l.decisionDocNo()), Fact.of("决定日期", l.decidedOn()));
		return new CaseFile(entry,
				List.of(new CaseFile.Section("列入事由", facts), new CaseFile.Section("列入决定", decision)));
	}

	private CaseEntry entry(String no, String kind, String title, Organisation o, String status, CaseOutcome outcome,
			String processInstanceId, String startedBy, java.time.Instant startedAt, java.time.Instant closedAt) {
		return new CaseEntry(no, kind, title, o.name(), o.uscc(), false, district(o.registrarCode()), o.registrarCode(),
				null, status, outcome, processInstanceId, startedBy,
				startedAt != null ? startedAt : organisationCreated(o), closedAt);
	}

	private static java.time.Instant organisationCreated(Organisation o) {
		return o.createdAt();
	}

	private String district(String registrarCode) {
		return orgs.districtOf(registrarCode).map(org.minzheng.flow.org.OrgUnit::code).orElse(registrarCode);
	}

	private List<Fact> organisation(Organisation o) {
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of("组织名称", o.name()));
		facts.add(Fact.of("组织类型", o.orgType() == null ? null : o.orgType().label()));
		facts.add(Fact.of("统一社会信用代码", o.uscc()));
		facts.add(Fact.of("登记管理机关", orgs.nameOf(o.registrarCode())));
		facts.add(Fact.of("住所", o.domicile()));
		facts.add(Fact.of("法定代表人", o.legalRepName()));
		return facts;
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
