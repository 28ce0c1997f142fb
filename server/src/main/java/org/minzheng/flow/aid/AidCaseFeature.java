package org.minzheng.flow.aid;

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

/** 低保 and 特困 applications as cases. */
@Component
class AidCaseFeature implements CaseFeature {

	private static final List<CaseKind> KINDS = List.of(new CaseKind("AID_DIBAO", "DB-", null),
			new CaseKind("AID_TEKUN", "TK-", null));

	private static final java.util.Set<String> ENTRY_TABLES = java.util.Set.of("aid_application", "aid_member");

	private final AidMapper aid;

	private final AidCaseNumbers numbers;

	private final OrgDirectory orgs;

	private final AidAmounts amounts;

	private final AidEconomicMapper economic;

	private final AidTotalLimitMapper alarms;

	private final AidInvestigationMapper investigations;

	private final AidNameChecks nameChecks;

	AidCaseFeature(AidMapper aid, AidCaseNumbers numbers, OrgDirectory orgs, AidAmounts amounts,
			AidEconomicMapper economic, AidTotalLimitMapper alarms, AidInvestigationMapper investigations,
			AidNameChecks nameChecks) {
		this.nameChecks = nameChecks;
		this.amounts = amounts;
		this.aid = aid;
		this.investigations = investigations;
		this.alarms = alarms;
		this.economic = economic;
		this.numbers = numbers;
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

	/**
	 * The entry alone: the application and its applicant (two reads; the index's refresh
	 * uses it).
	 */
	@Override
	public Optional<CaseEntry> entry(String caseNo) {
		return Optional.ofNullable(aid.findByNo(caseNo))
			.map(a -> entry(a, a.applicantMemberId() == null ? null : aid.member(a.applicantMemberId())));
	}

	@Override
	public java.util.Set<String> entryTables() {
		return ENTRY_TABLES;
	}

	private CaseEntry entry(AidApplication a, AidMember applicant) {
		BenefitType type = BenefitType.valueOf(a.benefitType());
		String kind = type == BenefitType.TEKUN ? "AID_TEKUN" : "AID_DIBAO";
		// the title names no person: lists show it to readers who see the applicant
		// masked
		return new CaseEntry(a.applicationNo(), kind, type.label() + "申请 " + orgs.nameOf(a.competentStreetCode()),
				applicant == null ? null : applicant.name(), applicant == null ? null : applicant.idNumber().value(),
				true, a.districtCode(), a.competentStreetCode(),
				a.intakeStreetCode().equals(a.competentStreetCode()) ? null : a.intakeStreetCode(), a.status().name(),
				outcome(a.status()), a.processInstanceId(), a.submittedBy(), a.submittedAt(), a.closedAt());
	}

	/**
	 * Every application registered here starts its process in the same transaction, so a
	 * closed one without a process instance was decided in the old system and taken over
	 * at go-live (存量对象).
	 */
	@Override
	public boolean decidedBeforeGoLive(CaseEntry entry) {
		return entry.processInstanceId() == null && entry.outcome() != CaseOutcome.OPEN;
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		AidApplication a = aid.findByNo(caseNo);
		if (a == null) {
			return Optional.empty();
		}
		List<AidMember> members = aid.members(a.householdId());
		AidMember applicant = members.stream().filter(AidMember::applicant).findFirst().orElse(null);
		BenefitType type = BenefitType.valueOf(a.benefitType());
		CaseEntry entry = entry(a, applicant);
		List<CaseFile.Section> sections = new ArrayList<>();
		List<Fact> application = new ArrayList<>();
		application.add(Fact.of("救助类别", type.label()));
		application.add(Fact.of("受理街道", orgs.nameOf(a.intakeStreetCode())));
		application.add(Fact.of("审批街道/区", orgs.nameOf(a.competentStreetCode())));
		application.add(Fact.of("受理时间", a.acceptedAt() == null ? null : CaseFacts.time(a.acceptedAt())));
		application.add(Fact.of("办理期限",
				a.deadlineDate() == null ? null : a.deadlineDate() + (a.deadlineExtended() ? "（已延长）" : "")));
		if (a.extensionReason() != null) {
			application.add(Fact.of("延长理由", a.extensionReason()));
		}
		for (AidTotalLimitMapper.Sent sent : alarms.sent(a.id())) {
			application.add(Fact.of(AidTotalLimits.BREACH.equals(sent.kind()) ? "超期督办（区级）" : "时限提醒",
					CaseFacts.time(sent.sentAt()) + "（办理期限 " + sent.deadlineDate()
							+ (AidTotalLimits.BREACH.equals(sent.kind()) ? "）"
									: "，提前 " + sent.kind().substring(AidTotalLimits.REMINDER.length()) + " 个工作日）")));
		}
		application.add(Fact.of("经济状况核对", economicCheck(a.economicCheckOutcome())));
		if (a.selfCareLevel() != null) {
			application.add(Fact.of("生活自理能力", selfCare(a.selfCareLevel())));
		}
		if (a.noticeStart() != null) {
			application.add(Fact.of("公示期", a.noticeStart() + " 至 " + a.noticeEnd()));
		}
		if (a.conflictOfInterest()) {
			application.add(Fact.of("近亲属备案", a.conflictNote() == null ? "是" : a.conflictNote()));
		}
		sections.add(new CaseFile.Section("申请", application));
		List<Fact> household = new ArrayList<>();
		for (AidMember m : members) {
			household.add(Fact.personal(relation(m.relation()), m.name() + " " + m.idNumber().value()));
		}
		sections.add(new CaseFile.Section("家庭成员", household));
		nameCheckSection(a).ifPresent(sections::add);
		List<Fact> check = new ArrayList<>();
		for (AidEconomicMapper.Finding f : economic.findings(a.id())) {
			check.add(Fact.of(AidEconomicFindings.label(f.item()),
					"核对值 " + AidEconomicFindings.value(f.item(), f.foundValue()) + "，限额 "
							+ AidEconomicFindings.value(f.item(), f.limitValue()) + (f.overLimit() ? "（超出）" : "")));
		}
		for (AidEconomicMapper.Review r : economic.reviews(a.id())) {
			check.add(Fact.of("拟不予审核",
					("CONFIRM".equals(r.decision()) ? "确认超标，拟不予批准（报审批机关决定）" : "核对有误，已更正") + "（"
							+ orgs.nameOf(r.orgUnitCode()) + "，" + CaseFacts.time(r.decidedAt()) + "）"
							+ (r.reason() == null ? "" : "：" + r.reason())));
		}
		if (!check.isEmpty()) {
			sections.add(new CaseFile.Section("经济状况核对", check));
		}
		AidInvestigationMapper.Investigation visit = investigations.find(a.id());
		if (visit != null) {
			List<Fact> record = new ArrayList<>();
			record.add(Fact.of("入户日期", visit.visitedOn()));
			record.add(Fact.of("调查人员", (visit.organisation() == null ? "" : visit.organisation() + "：")
					+ visit.investigator1() + "、" + visit.investigator2()));
			record.add(Fact.personal("住房情况", visit.housing()));
			record.add(Fact.personal("收入来源", visit.incomeSources()));
			record.add(Fact.personal("健康状况", visit.health()));
			if (visit.notes() != null) {
				record.add(Fact.personal("其他情况", visit.notes()));
			}
			for (AidInvestigationMapper.Neighbour n : investigations.neighbours(a.id())) {
				record.add(Fact.personal("走访邻里", n.name() + "（" + n.relation() + "）：" + n.statement()));
			}
			record.add(Fact.of("照片", investigations.photos(a.id()).size() + " 张（见附件）"));
			record.add(Fact.of("记录", visit.recordedBy() + "，" + CaseFacts.time(visit.recordedAt())));
			sections.add(new CaseFile.Section("入户调查", record));
		}
		List<Fact> decision = new ArrayList<>();
		decision.add(Fact.of("审批决定", decision(a.decision())));
		decision.add(Fact.of("决定时间", a.decidedAt() == null ? null : CaseFacts.time(a.decidedAt())));
		decision.add(Fact.of("决定机关", a.decidedOrgUnit() == null ? null : orgs.nameOf(a.decidedOrgUnit())));
		decision.add(Fact.of("决定说明", a.decisionStatement()));
		AidMapper.Correction correction = aid.correction(a.id());
		if (correction != null) {
			decision.add(Fact.of("抽查纠正", correction.correction() + "（区民政局抽查 " + correction.checkNo() + "）"));
		}
		Beneficiary b = aid.beneficiary(a.id());
		if (b != null) {
			decision.add(Fact.of("救助人数", b.persons()));
			decision.add(Fact.of("月救助金额（元）", CaseFacts.yuan(b.monthlyAmountFen())));
			decision.add(Fact.of("发放起始", b.paymentStart()));
		}
		sections.add(new CaseFile.Section("决定", decision));
		amounts.stored(a).map(AidCaseFeature::amountSection).ifPresent(sections::add);
		return Optional.of(new CaseFile(entry, sections));
	}

	/**
	 * The breakdown stored at approval: totals, a line per member and item, the rates
	 * used.
	 */
	private static CaseFile.Section amountSection(AidAmounts.StoredView stored) {
		boolean tekun = BenefitType.TEKUN.name().equals(stored.benefitType());
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of("核算月份", stored.month()));
		if (!tekun) {
			facts.add(Fact.of("家庭月收入（元）", CaseFacts.yuan(stored.householdIncomeFen())));
		}
		facts.add(Fact.of(tekun ? "基本生活供养金合计（元）" : "低保金（补差）合计（元）", CaseFacts.yuan(stored.baseFen())));
		facts.add(Fact.of(tekun ? "照料护理金合计（元）" : "生活扶助金合计（元）", CaseFacts.yuan(stored.extraFen())));
		facts.add(Fact.of("月救助金额合计（元）", CaseFacts.yuan(stored.totalFen())));
		for (AidAmounts.StoredLineView line : stored.lines()) {
			facts.add(Fact.personal(line.name() + " · " + line.label(),
					CaseFacts.yuan(line.amountFen()) + (line.note() == null ? "" : "（" + line.note() + "）")));
		}
		for (org.minzheng.flow.aid.amount.RateRecord rate : stored.rates()) {
			facts.add(Fact.of("标准依据：" + rate.kind().label(),
					(rate.kind().basisPoints() ? "低保标准的 " + CaseFacts.yuan(rate.basisPoints().longValue()) + "%"
							: CaseFacts.yuan(rate.amountFen()) + " 元") + "，自 " + rate.effectiveFrom() + " 起，"
							+ rate.documentNo() + "《" + rate.documentTitle() + "》"));
		}
		stored.notes().stream().filter(n -> !n.isBlank()).forEach(n -> facts.add(Fact.of("说明", n)));
		return new CaseFile.Section("救助金额核算", facts);
	}

	/**
	 * The population registry's name check, when it did not confirm every name: each
	 * member not confirmed, flagged or how the flag was resolved.
	 */
	private Optional<CaseFile.Section> nameCheckSection(AidApplication a) {
		List<AidNameCheckMapper.Check> checks = nameChecks.of(a.id());
		if (checks.stream().allMatch(c -> AidNameChecks.Result.CONFIRMED.name().equals(c.result()))) {
			return Optional.empty();
		}
		List<Fact> facts = new ArrayList<>();
		for (AidNameCheckMapper.Check c : checks) {
			if (AidNameChecks.Result.CONFIRMED.name().equals(c.result())) {
				continue;
			}
			String found = AidNameChecks.label(AidNameChecks.Result.valueOf(c.result()));
			String how = c.resolution() == null ? "（未处理，受理前须更正或核实）"
					: AidNameChecks.Resolution.CORRECTED.name().equals(c.resolution())
							? "；已更正姓名并经人口库核验一致（" + c.resolvedBy() + "，" + CaseFacts.time(c.resolvedAt()) + "）"
							: "；已凭证件核实（证件编号 " + c.documentNo() + "，" + c.resolvedBy() + "，"
									+ CaseFacts.time(c.resolvedAt()) + "）：" + c.resolutionReason();
			facts.add(Fact.personal(relation(c.relation()) + " " + c.name(), found + how));
		}
		return Optional.of(new CaseFile.Section("人口库姓名核验", facts));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return numbers.after(after, limit);
	}

	@Override
	public long caseCount() {
		return numbers.count();
	}

	static CaseOutcome outcome(ApplicationStatus status) {
		return switch (status) {
			case SUBMITTED, AWAITING_SUPPLEMENT, IN_PROGRESS, IN_NOTICE -> CaseOutcome.OPEN;
			case APPROVED -> CaseOutcome.APPROVED;
			case REJECTED -> CaseOutcome.REJECTED;
			case NOT_ACCEPTED, SUPPLEMENT_EXPIRED -> CaseOutcome.NOT_ACCEPTED;
		};
	}

	private static String economicCheck(String outcome) {
		return outcome == null ? "核对中" : switch (outcome) {
			case "WITHIN_LIMIT" -> "符合条件";
			case "EXCEEDS_LIMIT" -> "超出标准";
			case "INCONCLUSIVE" -> "无法判定，需人工核实";
			default -> outcome;
		};
	}

	private static String selfCare(String level) {
		return switch (level) {
			case "FULL_SELF_CARE" -> "全自理";
			case "PARTIAL_SELF_CARE" -> "半自理";
			case "FULL_CARE" -> "全护理";
			default -> level;
		};
	}

	private static String decision(String decision) {
		return decision == null ? null : switch (decision) {
			case "APPROVE" -> "批准";
			case "REJECT" -> "不予批准";
			default -> decision;
		};
	}

	private static String relation(String relation) {
		return switch (relation == null ? "" : relation) {
			case "APPLICANT" -> "申请人本人";
			case "SPOUSE" -> "配偶";
			case "CHILD" -> "子女";
			case "PARENT" -> "父母";
			case "SIBLING" -> "兄弟姐妹";
			case "GRANDPARENT" -> "祖父母/外祖父母";
			case "GRANDCHILD" -> "孙子女/外孙子女";
			default -> "其他";
		};
	}

}
