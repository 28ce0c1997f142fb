package org.minzheng.flow.workflow.camunda;

import java.util.EnumSet;
import java.util.Set;

import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine history MinZheng Flow keeps: only what some reader needs
 * ({@code docs/architecture.md}, "Engine history"). Kept: process and activity instances
 * (the case diagram's path, the auditor's timeline, the end activity), incidents, failed
 * job runs, decision evaluations (DMN), batches and external tasks. Dropped: variables
 * and their update details, form properties, task instances and identity links (ended
 * tasks are answered from {@code task_record}), the user operation log (our
 * {@code audit_event} is the record of who did what) and the log of jobs that were
 * created, succeeded or deleted.
 *
 * <p>
 * Its id is stored in {@code ACT_GE_PROPERTY.historyLevel}; the engine refuses to start
 * when the stored id differs from the configured level's, so a database that ran with
 * {@code full} (3) is moved by migration {@code V33__shared_case_history_level}.
 */
final class CaseHistoryLevel implements HistoryLevel {

	/** {@code camunda.bpm.history-level} names it. */
	static final String NAME = "minzheng";

	/** Above Camunda's own ids (none 0, activity 1, audit 2, full 3). */
	static final int ID = 13;

	static final CaseHistoryLevel INSTANCE = new CaseHistoryLevel();

	private static final Set<HistoryEventTypes> PRODUCED = EnumSet.of(HistoryEventTypes.PROCESS_INSTANCE_START,
			HistoryEventTypes.PROCESS_INSTANCE_UPDATE, HistoryEventTypes.PROCESS_INSTANCE_MIGRATE,
			HistoryEventTypes.PROCESS_INSTANCE_END, HistoryEventTypes.ACTIVITY_INSTANCE_START,
			HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE, HistoryEventTypes.ACTIVITY_INSTANCE_MIGRATE,
			HistoryEventTypes.ACTIVITY_INSTANCE_END, HistoryEventTypes.INCIDENT_CREATE,
			HistoryEventTypes.INCIDENT_MIGRATE, HistoryEventTypes.INCIDENT_DELETE, HistoryEventTypes.INCIDENT_RESOLVE,
			HistoryEventTypes.INCIDENT_UPDATE, HistoryEventTypes.JOB_FAIL, HistoryEventTypes.DMN_DECISION_EVALUATE,
			HistoryEventTypes.BATCH_START, HistoryEventTypes.BATCH_UPDATE, HistoryEventTypes.BATCH_END,
			HistoryEventTypes.EXTERNAL_TASK_CREATE, HistoryEventTypes.EXTERNAL_TASK_FAIL,
			HistoryEventTypes.EXTERNAL_TASK_SUCCESS, HistoryEventTypes.EXTERNAL_TASK_DELETE);

	private CaseHistoryLevel() {
	}

	@Override
	public int getId() {
		return ID;
	}

	@Override
	public String getName() {
		return NAME;
	}

	/**
	 * Asked without an entity, when a model is parsed, the level answers yes for task
	 * instances: the engine then registers its user-task listeners, whose assignment
	 * listener writes the assignee into the activity instance (the diagram's and the
	 * archive's "who"). Asked for a real task, it answers no: no task history is written.
	 */
	@Override
	public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
		if (entity == null && eventType == HistoryEventTypes.TASK_INSTANCE_CREATE) {
			return true;
		}
		return eventType instanceof HistoryEventTypes type && PRODUCED.contains(type);
	}

}
