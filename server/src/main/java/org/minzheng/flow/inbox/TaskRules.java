package org.minzheng.flow.inbox;

import java.util.Map;

import org.minzheng.flow.security.RoleAssignment;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.workflow.Workflow.OpenTask;

/**
 * Implemented by each feature: its business rules for completing its tasks (beyond what
 * the form checks), and what a completion records in the feature's own tables. Runs in
 * the completing transaction.
 */
public interface TaskRules {

	boolean handles(String processKey);

	/**
	 * Checks the completion and records its outcome; may add code variables for the
	 * engine.
	 * @throws org.minzheng.flow.shared.ApiException to refuse (nothing is changed)
	 */
	void beforeComplete(TaskCompletion completion);

	/**
	 * A completed step was taken back (撤回) or a case sent back (退回) to it: undo what
	 * completing it recorded in the feature's tables, so it can be completed again. Runs
	 * in the same transaction.
	 */
	default void reopened(String caseRef, String taskKey) {
	}

	/**
	 * A task completion about to happen: who, acting in which role at which unit, with
	 * what data.
	 */
	record TaskCompletion(OpenTask task, StaffUser user, RoleAssignment actingAs, Map<String, String> data,
			Map<String, Object> variables) {

		public String decision() {
			return variables.values().stream().findFirst().map(Object::toString).orElse(null);
		}

	}

}
