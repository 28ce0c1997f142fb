package org.minzheng.flow.aid.temporary;

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
 * 临时救助 cases (LS-…) for the case page, search, timeline, diagram, CSV and print: the
 * event, the amount and how it was reached, the payment (reserve fund or payment
 * instruction) and the regularisation.
 */
@Component
class TemporaryCaseFeature implements CaseFeature {

	static final String KIND = "AID_TEMPORARY";

	private static final List<CaseKind> KINDS = List.of(new CaseKind(KIND, TemporaryAssistanceService.PREFIX, null));

	private final TemporaryMapper cases;

	private final OrgDirectory orgs;

	TemporaryCaseFeature(TemporaryMapper cases, OrgDirectory orgs) {
		this.cases = cases;
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
		return Optional.ofNullable(cases.findByNo(caseNo)).map(this::entry);
	}

	private CaseEntry entry(TemporaryCase c) {
		return new CaseEntry(c.caseNo(), KIND, c.kind().label() + "临时救助 " + orgs.nameOf(c.streetCode()), c.personName(),
				c.idNumber().value(), true, c.districtCode(), c.streetCode(),
				c.approvingOrgUnit() == null || c.approvingOrgUnit().equals(c.streetCode()) ? null
						: c.approvingOrgUnit(),
				c.status().name(), outcome(c.status()), c.processInstanceId(), c.submittedBy(), c.submittedAt(),
				c.closedAt());
	}

	@Override
	public Optional<CaseFile> find(String caseNo) {
		TemporaryCase c = cases.findByNo(caseNo);
		if (c == null) {
			return Optional.empty();
		}
		List<CaseFile.Section> sections = new ArrayList<>();
		List<Fact> event = new ArrayList<>();
		event.add(Fact.of("救助类型", c.kind().label()));
		event.add(Fact.personal("救助对象", c.personName() + " " + c.idNumber().value()));
		event.add(Fact.of("家庭人口", c.householdSize()));
		event.add(Fact.personal("住址", c.address()));
		event.add(Fact.of("事件类型", eventType(c.eventType())));
		event.add(Fact.of("事件日期", c.eventDate()));
		event.add(Fact.personal("事件经过", c.eventDescription()));
		sections.add(new CaseFile.Section("事件", event));
		List<Fact> amount = new ArrayList<>();
		if (c.kind() == TemporaryKind.EXPENDITURE) {
			amount.add(Fact.of("家庭收入（元）", CaseFacts.yuan(c.householdIncomeFen())));
			amount.add(Fact.of("刚性支出（元）", CaseFacts.yuan(c.rigidExpenditureFen())));
			amount.add(Fact.of("支出缺口（元）", CaseFacts.yuan(c.shortfallFen())));
			amount.add(Fact.of("救助档次", c.tierLabel()));
		}
		amount.add(Fact.of("救助金额（元）", CaseFacts.yuan(c.amountFen())));
		amount.add(Fact.of("公示", c.noticeRequired()
				? (c.noticeStart() == null ? "待公示" : c.noticeStart() + " 至 " + c.noticeEnd()) : c.noticeSkipReason()));
		sections.add(new CaseFile.Section("救助金额", amount));
		List<Fact> payment = new ArrayList<>();
		if (c.kind() == TemporaryKind.EMERGENCY) {
			payment.add(Fact.of("支付方式", "街道备用金先行支付"));
			payment.add(Fact.of("支付时间", CaseFacts.time(c.paidAt())));
			payment.add(Fact.of("补办期限", c.regularisationDue()));
			payment.add(Fact.of("补办状态", regularisation(c)));
			payment.add(Fact.of("补办材料", c.materialNote()));
			if (c.status() == TemporaryStatus.NOT_DUE) {
				payment.add(Fact.of("追回说明", c.recoveryNote()));
				payment.add(Fact.of("已追回（元）", CaseFacts.yuan(c.refundedFen())));
			}
		}
		else {
			payment.add(Fact.of("支付方式", "常规资金渠道"));
			payment.add(Fact.of("支付指令", c.paymentInstruction()));
		}
		sections.add(new CaseFile.Section("支付与补办", payment));
		List<Fact> decision = new ArrayList<>();
		decision.add(Fact.of("审核意见", c.reviewOpinion()));
		decision.add(Fact.of("审批机关", c.approvingOrgUnit() == null ? null : orgs.nameOf(c.approvingOrgUnit())));
		decision.add(Fact.of("审批结论", c.decision() == null ? null : "APPROVE".equals(c.decision()) ? "批准/确认" : "不予救助"));
		decision.add(Fact.of("审批意见", c.decisionOpinion()));
		decision.add(Fact.of("决定时间", CaseFacts.time(c.decidedAt())));
		sections.add(new CaseFile.Section("决定", decision));
		return Optional.of(new CaseFile(entry(c), sections));
	}

	@Override
	public List<String> caseNumbers(String after, int limit) {
		return cases.numbersAfter(after, limit);
	}

	@Override
	public long caseCount() {
		return cases.count();
	}

	static CaseOutcome outcome(TemporaryStatus status) {
		return switch (status) {
			case ADVANCE_PAID, REGISTERED, IN_NOTICE -> CaseOutcome.OPEN;
			case REGULARISED, PAID -> CaseOutcome.APPROVED;
			case NOT_DUE, REJECTED -> CaseOutcome.REJECTED;
		};
	}

	private static String regularisation(TemporaryCase c) {
		return switch (c.status()) {
			case REGULARISED -> "已补办确认";
			case NOT_DUE -> "认定不应救助";
			default -> c.regularisationOverdue() ? "超期未补办" : "待补办";
		};
	}

	static String eventType(String code) {
		return switch (code) {
			case "ACCIDENT" -> "意外事件";
			case "SERIOUS_ILLNESS" -> "突发重大疾病";
			case "DISASTER" -> "自然灾害";
			case "MEDICAL_EXPENSES" -> "医疗支出";
			case "EDUCATION_EXPENSES" -> "教育支出";
			default -> "其他";
		};
	}

}
