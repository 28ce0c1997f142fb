package org.minzheng.flow.aid.temporary;

import java.time.Clock;
import java.time.LocalDate;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.inbox.NotificationService;
import org.minzheng.flow.org.OrgDirectory;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.minzheng.flow.security.BusinessLine;
import org.minzheng.flow.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What {@code AidTemporaryAssistanceProcess} does on its own, for the thin delegates in
 * {@code aid.temporary.process}; runs in the engine's transaction.
 */
@Service
public class TemporaryCaseActions {

	private final TemporaryMapper cases;

	private final NotificationService notifications;

	private final OrgDirectory orgs;

	private final AuditTrail audit;

	private final Clock clock;

	TemporaryCaseActions(TemporaryMapper cases, NotificationService notifications, OrgDirectory orgs, AuditTrail audit,
			Clock clock) {
		this.cases = cases;
		this.notifications = notifications;
		this.orgs = orgs;
		this.audit = audit;
		this.clock = clock;
	}

	/** Starts the 7-day public notice in the community. */
	@Transactional
	public void publishNotice(long caseId, LocalDate end) {
		TemporaryCase c = cases.findById(caseId);
		LocalDate start = LocalDate.now(clock);
		TemporaryStatus from = TemporaryStatus.open(c.kind());
		from.to(TemporaryStatus.IN_NOTICE);
		if (cases.startNotice(caseId, from, start, end) == 0) {
			throw new IllegalStateException(c.caseNo() + " is not " + from + " at its notice");
		}
		audit.recordSystem(c.streetCode(), c.caseNo(), "AID_TEMPORARY_NOTICE_PUBLISHED",
				"在社区公示，公示期 " + start + " 至 " + end, null);
	}

	/**
	 * Who approves (or, for an emergency, confirms the regularisation): the street up to
	 * its approval limit, the district above it. The notice, if any, is over.
	 * @return the approving unit's code
	 */
	@Transactional
	public String resolveAuthority(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		cases.transition(caseId, TemporaryStatus.IN_NOTICE,
				TemporaryStatus.IN_NOTICE.to(TemporaryStatus.open(c.kind())));
		TemporaryLimits limits = cases.limits(c.districtCode());
		boolean street = c.amountFen() <= limits.streetApprovalLimitFen();
		String unit = street ? c.streetCode() : c.districtCode();
		cases.setApprovingUnit(caseId, unit);
		audit.recordSystem(unit, c.caseNo(), "AID_TEMPORARY_AUTHORITY_RESOLVED",
				"审批机关：" + orgs.nameOf(unit) + "（救助金额 " + CaseFacts.yuan(c.amountFen()) + " 元，街道审批额度 "
						+ CaseFacts.yuan(limits.streetApprovalLimitFen()) + " 元" + (street ? "以内" : "，超出报区审批") + "）",
				null);
		return unit;
	}

	/** The approving unit confirmed an emergency paid in advance: regularised. */
	@Transactional
	public void confirmRegularised(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		audit.recordSystem(c.approvingOrgUnit(), c.caseNo(), "AID_TEMPORARY_REGULARISED",
				"事后补办完成，先行救助 " + CaseFacts.yuan(c.amountFen()) + " 元经" + orgs.nameOf(c.approvingOrgUnit()) + "确认",
				null);
	}

	/**
	 * 支出型 approved: the payment goes by the normal route (not the reserve fund), as an
	 * instruction numbered after the case.
	 */
	@Transactional
	public String issuePaymentInstruction(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		String instruction = "ZF-" + c.caseNo();
		cases.setPaymentInstruction(caseId, instruction);
		audit.recordSystem(c.approvingOrgUnit(), c.caseNo(), "AID_TEMPORARY_PAYMENT_INSTRUCTED",
				"已生成支付指令 " + instruction + "：" + CaseFacts.yuan(c.amountFen()) + " 元，经常规资金渠道发放", null);
		return instruction;
	}

	/**
	 * An emergency found not due: recorded with its recovery note, never silently; the
	 * money recovered is entered against the fund as a refund.
	 */
	@Transactional
	public void recordRecovery(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		audit.recordSystem(c.approvingOrgUnit(), c.caseNo(), "AID_TEMPORARY_NOT_DUE",
				"事后补办认定不应救助：已先行支付 " + CaseFacts.yuan(c.amountFen()) + " 元待追回", c.recoveryNote());
		notifications.notify("TEMPORARY_RECOVERY", BusinessLine.AID, Role.SUPERVISOR, c.streetCode(), c.caseNo(), null,
				"临时救助 " + c.caseNo() + " 认定不应救助，先行支付 " + CaseFacts.yuan(c.amountFen()) + " 元待追回");
	}

	/** 支出型 not approved. */
	@Transactional
	public void recordRejection(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		audit.recordSystem(c.approvingOrgUnit(), c.caseNo(), "AID_TEMPORARY_REJECTED", "不予批准支出型临时救助",
				c.decisionOpinion());
	}

	/**
	 * The regularisation limit passed: the case is flagged, the street's clerks are
	 * reminded and the supervisors of the street and the district told.
	 */
	@Transactional
	public void remindRegularisation(long caseId) {
		TemporaryCase c = cases.findById(caseId);
		if (c.status().isClosed()) {
			return;
		}
		cases.flagOverdue(caseId);
		String message = "临时救助 " + c.caseNo() + " 已先行支付 " + CaseFacts.yuan(c.amountFen()) + " 元，事后补办期限（"
				+ c.regularisationDue() + "）已届满尚未办结";
		notifications.notify("TEMPORARY_REGULARISATION_DUE", BusinessLine.AID, Role.CLERK, c.streetCode(), c.caseNo(),
				null, "提醒：" + message);
		notifications.notify("OVERDUE", BusinessLine.AID, Role.SUPERVISOR, c.streetCode(), c.caseNo(), null,
				"督办：" + message);
		notifications.notify("OVERDUE", BusinessLine.AID, Role.SUPERVISOR, c.districtCode(), c.caseNo(), null,
				"督办：" + message);
		audit.recordSystem(c.streetCode(), c.caseNo(), "AID_TEMPORARY_REGULARISATION_OVERDUE", message, null);
	}

	/** The process ended at a closing end event; other end events close nothing. */
	@Transactional
	public void closed(long caseId, String endEventId) {
		TemporaryStatus to = switch (endEventId) {
			case AidTemporaryAssistanceProcess.END_EVENT_REGULARISED -> TemporaryStatus.REGULARISED;
			case AidTemporaryAssistanceProcess.END_EVENT_NOT_DUE -> TemporaryStatus.NOT_DUE;
			case AidTemporaryAssistanceProcess.END_EVENT_PAID -> TemporaryStatus.PAID;
			case AidTemporaryAssistanceProcess.END_EVENT_REJECTED -> TemporaryStatus.REJECTED;
			default -> null;
		};
		if (to == null) {
			return;
		}
		TemporaryCase c = cases.findById(caseId);
		TemporaryStatus from = TemporaryStatus.open(c.kind());
		if (cases.close(caseId, from, from.to(to), clock.instant()) == 0) {
			throw new IllegalStateException(c.caseNo() + " is not " + from + " at its end");
		}
		audit.recordSystem(c.approvingOrgUnit() == null ? c.streetCode() : c.approvingOrgUnit(), c.caseNo(),
				"AID_TEMPORARY_CLOSED", "办结：" + to.name(), null);
	}

}
