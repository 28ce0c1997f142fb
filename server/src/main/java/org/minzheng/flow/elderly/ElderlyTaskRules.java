package org.minzheng.flow.elderly;

import org.minzheng.flow.inbox.TaskRules;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess;
import org.springframework.stereotype.Component;

/**
 * The street clerk's check of an unclear case: granting needs a bank account and a case
 * still pending; not granting needs the reason.
 */
@Component
class ElderlyTaskRules implements TaskRules {

	private final Allowances allowances;

	ElderlyTaskRules(Allowances allowances) {
		this.allowances = allowances;
	}

	@Override
	public boolean handles(String processKey) {
		return ElderlyAllowanceProcess.PROCESS_KEY.equals(processKey);
	}

	@Override
	public void beforeComplete(TaskCompletion completion) {
		if (ElderlyAllowanceProcess.TASK_CLERK_REVIEW.equals(completion.task().taskKey())) {
			allowances.reviewed(completion.task().businessKey(),
					completion.data().get(ElderlyAllowanceProcess.VAR_CLERK_DECISION),
					completion.data().get(ElderlyAllowanceProcess.FIELD_OPINION), completion.user());
		}
	}

}
