package org.minzheng.flow.aid.review;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.cases.CaseFacts;
import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.aid.AidReviewProcess;
import org.minzheng.flow.processes.aid.AidReviewProcess.Outcome;
import org.minzheng.flow.shared.ApiException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * The rules of the review's steps beyond their forms: the investigation's income in fen,
 * a reason for every proposal and decision, a phase-out of 1 to the version's maximum
 * months, a stop notice served on a real day; each step moves the review's status
 * (compare-and-set) and is audited.
 */
@Component
class ReviewTaskRules implements TaskRules {

	private final ReviewMapper reviews;

	private final Workflow workflow;

	private final AuditTrail audit;

	private final Clock clock;

	ReviewTaskRules(ReviewMapper reviews, Workflow workflow, AuditTrail audit, Clock clock) {
		this.reviews = reviews;
		this.workflow = workflow;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return AidReviewProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		Review review = reviews.findByNo(completion.task().businessKey());
		switch (completion.task().taskKey()) {
			case AidReviewProcess.TASK_INVESTIGATION -> investigation(review, completion);
			case AidReviewProcess.TASK_PROPOSAL -> proposal(review, completion);
			case AidReviewProcess.TASK_DECISION -> decision(review, completion);
			case AidReviewProcess.TASK_STOP_NOTICE -> notice(review, completion);
			default -> {
			}
		}
	}

	@Override
	public void reopened(String caseRef, String taskKey) {
		Review review = reviews.findByNo(caseRef);
		if (AidReviewProcess.TASK_INVESTIGATION.equals(taskKey)) {
			reviews.transition(review.id(), ReviewStatus.IN_REVIEW, ReviewStatus.INVESTIGATING);
		}
		else if (AidReviewProcess.TASK_PROPOSAL.equals(taskKey)) {
			reviews.transition(review.id(), ReviewStatus.AWAITING_DECISION, ReviewStatus.IN_REVIEW);
		}
	}

	private void investigation(Review review, TaskCompletion completion) {
		long incomeFen = new BigDecimal(completion.data().get(AidReviewProcess.FIELD_HOUSEHOLD_INCOME))
			.movePointRight(2)
			.longValueExact();
		move(review, ReviewStatus.INVESTIGATING, ReviewStatus.IN_REVIEW);
		reviews.recordInvestigation(review.id(), incomeFen,
				completion.data().get(AidReviewProcess.FIELD_HOUSEHOLD_CHANGES), completion.user().username());
		record(review, completion, "AID_REVIEW_INVESTIGATED", "复核调查完成，核实家庭月收入 " + CaseFacts.yuan(incomeFen) + " 元",
				completion.data().get(AidReviewProcess.FIELD_HOUSEHOLD_CHANGES));
	}

	private void proposal(Review review, TaskCompletion completion) {
		String proposal = completion.data().get(AidReviewProcess.VAR_PROPOSAL);
		String opinion = requireOpinion(completion);
		move(review, ReviewStatus.IN_REVIEW, ReviewStatus.AWAITING_DECISION);
		reviews.recordProposal(review.id(), proposal, opinion, completion.user().username());
		record(review, completion, "AID_REVIEW_PROPOSED", "街道复核意见：" + label(Outcome.valueOf(proposal)), opinion);
	}

	private void decision(Review review, TaskCompletion completion) {
		Outcome outcome = Outcome.valueOf(completion.data().get(AidReviewProcess.VAR_OUTCOME));
		String opinion = requireOpinion(completion);
		Integer months = outcome == Outcome.PHASE_OUT ? phaseOutMonths(completion) : null;
		ReviewStatus to = switch (outcome) {
			case RETURN -> ReviewStatus.INVESTIGATING;
			case TERMINATE -> ReviewStatus.AWAITING_NOTICE;
			default -> ReviewStatus.AWAITING_DECISION;
		};
		if (to != ReviewStatus.AWAITING_DECISION) {
			move(review, ReviewStatus.AWAITING_DECISION, to);
		}
		else if (review.status() != ReviewStatus.AWAITING_DECISION) {
			throw ApiException.conflict("REVIEW_STATE", "复核状态已变化，请刷新");
		}
		Long entrustmentId = workflow
			.variable(completion.task().processInstanceId(), AidReviewProcess.VAR_ENTRUSTMENT_ID)
			.map(v -> ((Number) v).longValue())
			.orElse(null);
		if (outcome != Outcome.RETURN) {
			reviews.recordDecision(review.id(), outcome.name(), months, opinion, completion.user().username(),
					completion.actingAs().orgUnitCode(), entrustmentId, clock.instant());
		}
		record(review, completion, "AID_REVIEW_DECIDED", "复核决定：" + label(outcome)
				+ (months == null ? "" : "，渐退 " + months + " 个月") + (entrustmentId == null ? "" : "（受委托审批）"), opinion);
	}

	private Integer phaseOutMonths(TaskCompletion completion) {
		int max = workflow.processProperty(completion.task(), AidReviewProcess.PROPERTY_PHASE_OUT_MAX_MONTHS)
			.map(Integer::parseInt)
			.orElse(6);
		String value = completion.data().get(AidReviewProcess.FIELD_PHASE_OUT_MONTHS);
		int months;
		try {
			months = value == null ? 0 : Integer.parseInt(value);
		}
		catch (NumberFormatException ex) {
			months = 0;
		}
		if (months < 1 || months > Math.min(max, 6)) {
			throw ApiException.badRequest("PHASE_OUT_MONTHS", AidReviewProcess.FIELD_PHASE_OUT_MONTHS,
					"渐退月数须为 1 至 {0} 个月", Math.min(max, 6));
		}
		return months;
	}

	private void notice(Review review, TaskCompletion completion) {
		LocalDate servedOn;
		try {
			servedOn = LocalDate.parse(completion.data().get(AidReviewProcess.FIELD_SERVED_ON));
		}
		catch (DateTimeParseException | NullPointerException ex) {
			throw ApiException.badRequest("FIELD_PATTERN", AidReviewProcess.FIELD_SERVED_ON, "送达日期格式不对");
		}
		LocalDate decided = review.decidedAt() == null ? null
				: LocalDate.ofInstant(review.decidedAt(), clock.getZone());
		if (servedOn.isAfter(LocalDate.now(clock)) || (decided != null && servedOn.isBefore(decided))) {
			throw ApiException.badRequest("SERVED_ON_OUT_OF_RANGE", AidReviewProcess.FIELD_SERVED_ON,
					"送达日期须在停发决定之后、且不晚于今天");
		}
		if (review.status() != ReviewStatus.AWAITING_NOTICE) {
			throw ApiException.conflict("REVIEW_STATE", "复核状态已变化，请刷新");
		}
		reviews.recordNotice(review.id(), servedOn);
		record(review, completion, "AID_STOP_NOTICE_SERVED", "停发告知书已于 " + servedOn + " 送达",
				completion.data().get(AidReviewProcess.FIELD_OPINION));
	}

	private void move(Review review, ReviewStatus from, ReviewStatus to) {
		if (!from.mayBecome(to) || reviews.transition(review.id(), from, to) == 0) {
			throw ApiException.conflict("REVIEW_STATE", "复核状态已变化，请刷新");
		}
	}

	private void record(Review review, TaskCompletion completion, String action, String summary, String reason) {
		audit.record(new AuditRecord(completion.user().username(), completion.actingAs().role().name(),
				completion.actingAs().orgUnitCode(), review.reviewNo(), action, summary, reason));
	}

	private static String requireOpinion(TaskCompletion completion) {
		String opinion = completion.data().get(AidReviewProcess.FIELD_OPINION);
		if (opinion == null || opinion.isBlank()) {
			throw ApiException.badRequest("REASON_REQUIRED", AidReviewProcess.FIELD_OPINION, "请写明理由");
		}
		return opinion;
	}

	static String label(Outcome outcome) {
		return switch (outcome) {
			case CONTINUE -> "继续享受";
			case ADJUST -> "调整救助金额";
			case PHASE_OUT -> "渐退";
			case TERMINATE -> "停发";
			case RETURN -> "退回重新调查";
		};
	}

}
