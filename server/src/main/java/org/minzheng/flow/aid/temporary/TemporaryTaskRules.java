package org.minzheng.flow.aid.temporary;

import java.time.Clock;

import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.aid.AidTemporaryAssistanceProcess;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Component;

/**
 * The rules of the temporary-assistance steps beyond their forms: the free text goes to
 * the case's table (never to the engine), a refusal needs a reason, and an emergency
 * found not due needs its recovery note (it is never closed silently).
 */
@Component
class TemporaryTaskRules implements TaskRules {

	private final TemporaryMapper cases;

	private final Clock clock;

	TemporaryTaskRules(TemporaryMapper cases, Clock clock) {
		this.cases = cases;
		this.clock = clock;
	}

	@Override
	public boolean handles(String processKey) {
		return AidTemporaryAssistanceProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		TemporaryCase c = cases.findByNo(completion.task().businessKey());
		switch (completion.task().taskKey()) {
			case AidTemporaryAssistanceProcess.TASK_REGULARISATION_MATERIAL ->
				cases.setMaterialNote(c.id(), completion.data().get(AidTemporaryAssistanceProcess.FIELD_MATERIAL_NOTE));
			case AidTemporaryAssistanceProcess.TASK_REVIEW ->
				cases.setReviewOpinion(c.id(), completion.data().get(AidTemporaryAssistanceProcess.FIELD_OPINION));
			case AidTemporaryAssistanceProcess.TASK_APPROVAL -> approval(c, completion);
			default -> {
			}
		}
	}

	private void approval(TemporaryCase c, TaskCompletion completion) {
		String decision = completion.data().get(AidTemporaryAssistanceProcess.VAR_APPROVAL_DECISION);
		String recovery = completion.data().get(AidTemporaryAssistanceProcess.FIELD_RECOVERY_NOTE);
		boolean notDue = AidTemporaryAssistanceProcess.ApprovalDecision.REJECT.name().equals(decision)
				&& c.kind() == TemporaryKind.EMERGENCY;
		if (notDue && (recovery == null || recovery.isBlank())) {
			throw ApiException.badRequest("RECOVERY_NOTE_REQUIRED", AidTemporaryAssistanceProcess.FIELD_RECOVERY_NOTE,
					"认定不应救助的，须写明追回安排");
		}
		cases.recordDecision(c.id(), decision, completion.data().get(AidTemporaryAssistanceProcess.FIELD_OPINION),
				completion.user().username(), clock.instant(), notDue ? recovery : null);
	}

}
