package org.minzheng.flow.aid.spotcheck;

import java.time.Clock;

import org.minzheng.flow.audit.AuditRecord;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess.CorrectionDecision;
import org.minzheng.flow.processes.aid.AidSpotCheckProcess.Finding;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Component;

/**
 * The rules of a spot check's steps beyond their forms: a finding names its kind (from
 * {@code aid_spot_check_finding_kind}) and a note; a correction says what the decision
 * becomes; the approver gives a reason. Each step moves the check's status
 * (compare-and-set) and is audited.
 */
@Component
class AidSpotCheckTaskRules implements TaskRules {

	private final AidSpotCheckMapper checks;

	private final AuditTrail audit;

	private final Clock clock;

	AidSpotCheckTaskRules(AidSpotCheckMapper checks, AuditTrail audit, Clock clock) {
		this.checks = checks;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return AidSpotCheckProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		AidSpotCheck check = checks.findByNo(completion.task().businessKey());
		switch (completion.task().taskKey()) {
			case AidSpotCheckProcess.TASK_REVIEW -> review(check, completion);
			case AidSpotCheckProcess.TASK_CORRECTION_APPROVAL -> correction(check, completion);
			default -> {
			}
		}
	}

	private void review(AidSpotCheck check, TaskCompletion completion) {
		Finding finding = Finding.valueOf(completion.data().get(AidSpotCheckProcess.VAR_FINDING));
		String kind = completion.data().get(AidSpotCheckProcess.FIELD_FINDING_KIND);
		String note = completion.data().get(AidSpotCheckProcess.FIELD_NOTE);
		String correction = completion.data().get(AidSpotCheckProcess.FIELD_CORRECTION);
		boolean endsPayment = Boolean.parseBoolean(completion.data().get(AidSpotCheckProcess.FIELD_ENDS_PAYMENT));
		if (finding != Finding.CONFIRMED) {
			if (kind == null || !checks.findingKinds().contains(kind)) {
				throw ApiException.badRequest("FINDING_KIND_REQUIRED", AidSpotCheckProcess.FIELD_FINDING_KIND,
						"请选择问题类别");
			}
			if (blank(note)) {
				throw ApiException.badRequest("FIELD_REQUIRED", AidSpotCheckProcess.FIELD_NOTE, "请写明发现的问题");
			}
		}
		if (finding == Finding.CORRECTION && blank(correction)) {
			throw ApiException.badRequest("FIELD_REQUIRED", AidSpotCheckProcess.FIELD_CORRECTION, "请写明纠正意见");
		}
		AidSpotCheckStatus to = switch (finding) {
			case CONFIRMED -> AidSpotCheckStatus.CONFIRMED;
			case FINDING -> AidSpotCheckStatus.FINDING;
			case CORRECTION -> AidSpotCheckStatus.AWAITING_CORRECTION;
		};
		move(check, AidSpotCheckStatus.OPEN, to);
		checks.recordReview(check.id(), finding == Finding.CONFIRMED ? null : kind, note,
				finding == Finding.CORRECTION ? correction : null, finding == Finding.CORRECTION && endsPayment,
				completion.user().username(), clock.instant());
		String summary = switch (finding) {
			case CONFIRMED -> "抽查结论：决定正确，予以维持";
			case FINDING -> "抽查发现问题（" + checks.findingKindLabel(kind) + "），不需纠正";
			case CORRECTION -> "抽查发现问题（" + checks.findingKindLabel(kind) + "），提出纠正" + (endsPayment ? "并停止发放" : "");
		};
		record(check, completion, "AID_SPOT_CHECK_REVIEWED", summary, note);
	}

	private void correction(AidSpotCheck check, TaskCompletion completion) {
		CorrectionDecision decision = CorrectionDecision
			.valueOf(completion.data().get(AidSpotCheckProcess.VAR_CORRECTION_DECISION));
		String opinion = completion.data().get(AidSpotCheckProcess.FIELD_OPINION);
		if (blank(opinion)) {
			throw ApiException.badRequest("REASON_REQUIRED", AidSpotCheckProcess.FIELD_OPINION, "请写明理由");
		}
		if (check.status() != AidSpotCheckStatus.AWAITING_CORRECTION) {
			throw ApiException.conflict("SPOT_CHECK_STATE", "抽查状态已变化，请刷新");
		}
		if (decision == CorrectionDecision.DECLINE) {
			move(check, AidSpotCheckStatus.AWAITING_CORRECTION, AidSpotCheckStatus.NOT_CORRECTED);
		}
		checks.recordCorrectionDecision(check.id(), opinion, completion.user().username(), clock.instant());
		record(check, completion, "AID_SPOT_CHECK_CORRECTION_DECIDED",
				decision == CorrectionDecision.CONFIRM ? "确认纠正原审批决定" : "不予纠正原审批决定", opinion);
	}

	private void move(AidSpotCheck check, AidSpotCheckStatus from, AidSpotCheckStatus to) {
		if (!from.mayBecome(to) || checks.transition(check.id(), from, to) == 0) {
			throw ApiException.conflict("SPOT_CHECK_STATE", "抽查状态已变化，请刷新");
		}
	}

	private void record(AidSpotCheck check, TaskCompletion completion, String action, String summary, String reason) {
		audit.record(new AuditRecord(completion.user().username(), completion.actingAs().role().name(),
				completion.actingAs().orgUnitCode(), check.checkNo(), action, summary, reason));
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
