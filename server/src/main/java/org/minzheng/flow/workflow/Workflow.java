package org.minzheng.flow.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process engine as our services see it. Domain services depend on this port, never
 * on engine types, so that the engine (Camunda 7 today; an API-compatible fork tomorrow)
 * stays replaceable. All calls join the caller's transaction.
 */
public interface Workflow {

	/**
	 * Starts a process by key; returns the process instance id. Variables are ids and
	 * codes only.
	 */
	String start(String processKey, String businessKey, Map<String, Object> variables);

	/**
	 * Starts a process by key, choosing the variant deployed for {@code variant} (a
	 * district code) when there is one, else the city's version; returns the process
	 * instance id.
	 */
	String start(String processKey, String variant, String businessKey, Map<String, Object> variables);

	/**
	 * Delivers a message to the execution of the business key that waits for it.
	 * @return false when no execution waits for it now (the caller keeps the message and
	 * tries again)
	 * @throws org.springframework.dao.OptimisticLockingFailureException when a job of the
	 * same process instance changed it at the same moment: the caller's transaction is
	 * rolled back and may be tried again
	 */
	boolean correlate(String messageName, String businessKey, Map<String, Object> variables);

	/**
	 * Runs {@code work} as one engine command: the engine reads each task, identity link
	 * and execution once for all the calls {@code work} makes, and writes its changes
	 * when {@code work} returns (a task read, claimed and completed costs one read of the
	 * task). An exception {@code work} throws reaches the caller as it was thrown.
	 * @throws TaskConflictException when the engine's changes met a concurrent change
	 */
	<T> T inOneCommand(java.util.function.Supplier<T> work);

	/**
	 * An open task, or empty when there is none.
	 * @throws TaskConflictException when it disappeared while being read
	 */
	Optional<OpenTask> task(String taskId);

	/**
	 * Assigns an unassigned task to the user.
	 * @throws TaskConflictException when the task is already assigned, or another user
	 * claimed it concurrently
	 */
	void claim(String taskId, String username);

	void unclaim(String taskId);

	/** Completes the task with the given (code-only) variables. */
	void complete(String taskId, Map<String, Object> variables);

	/** Hands the task to another user (转办): they now own it. */
	void transfer(String taskId, String username);

	/**
	 * Asks another user to handle the task (委派); it comes back to its owner when they
	 * resolve it.
	 */
	void delegate(String taskId, String username);

	/**
	 * The delegate has done their part: the task returns to its owner, with the given
	 * code variables.
	 */
	void resolve(String taskId, Map<String, Object> variables);

	/**
	 * Moves a process instance back from an open user task to an earlier user step
	 * (退回/撤回): the open task is cancelled and the earlier step starts again.
	 * @return the id of the task the earlier step created
	 * @throws IllegalStateException when the instance has other active steps (a parallel
	 * branch)
	 */
	String moveBack(String openTaskId, String targetTaskKey);

	/**
	 * Cancels every instance of an activity in a process instance (a multi-instance one
	 * included) and starts the process again before another, e.g. the step that decides
	 * who does it; nothing happens when the activity is not active.
	 * @return whether the activity was active
	 */
	boolean restartBefore(String processInstanceId, String activityId, String startBeforeActivityId);

	/** All open user tasks, for the work-item consistency check. */
	List<OpenTask> allOpenTasks();

	/** The activities a process instance went through, oldest first. */
	List<ActivityStep> history(String processInstanceId);

	/** Open tasks of a process instance. */
	List<OpenTask> openTasks(String processInstanceId);

	/** Whether the process instance has ended. */
	boolean isEnded(String processInstanceId);

	/** The id of the end event a finished process instance ended in, if it ended. */
	Optional<String> endActivity(String processInstanceId);

	/**
	 * Open incidents (failed jobs whose retries are exhausted), optionally for some
	 * process instances only.
	 */
	List<IncidentView> incidents(Collection<String> processInstanceIds);

	Optional<IncidentView> incident(String incidentId);

	/**
	 * Gives the failed job of an incident new retries so the job executor runs it again.
	 */
	void retry(String incidentId, int retries);

	/**
	 * A variable of a running process instance (ids and codes only); empty once the
	 * instance has ended (the engine keeps no variable history: CaseHistoryLevel).
	 */
	Optional<Object> variable(String processInstanceId, String name);

	/**
	 * An extension property ({@code camunda:property}) of the process a process instance
	 * runs.
	 */
	Optional<String> processProperty(String processInstanceId, String name);

	/**
	 * An extension property of the process version the task belongs to: read from the
	 * model the engine has cached, no query.
	 */
	default Optional<String> processProperty(OpenTask task, String name) {
		return Optional.ofNullable(processProperties(task.processDefinitionId()).get(name));
	}

	/**
	 * Every extension property ({@code camunda:property}) of a process version, by name:
	 * e.g. the groups of tasks it declares for separation of duties. A deployed version
	 * never changes, so this is read from the model once per version.
	 * @param processDefinitionId the version, as {@link OpenTask#processDefinitionId()}
	 * @return the properties, empty when it has none
	 */
	Map<String, String> processProperties(String processDefinitionId);

	/**
	 * A form (form-js JSON) deployed with a process version: the form a task of that
	 * version renders and is validated against. Empty when the version's deployment has
	 * no such form (the shipped one applies).
	 */
	Optional<String> deployedForm(String processDefinitionId, String formId);

	/**
	 * Every extension property ({@code camunda:property}) of a user task of a process
	 * version, by name (e.g. whether completing it asks for an opinion).
	 * @return the properties, empty when it has none or there is no such task
	 */
	Map<String, String> taskProperties(String processDefinitionId, String taskKey);

	/**
	 * The English names ({@code name@en}) of the elements of a process's latest version,
	 * by element id, for English readers of step names.
	 * @return the names, empty for an unknown process or a model without them
	 */
	Map<String, String> englishNames(String processKey);

	/**
	 * What completing an open task leads to, read from its process version without
	 * running anything: the next user tasks (with their candidate groups where the
	 * variables tell them), the end, or a wait for a message or a timer. Gateway
	 * conditions are evaluated against the instance's variables overlaid with
	 * {@code completion}; where one cannot be evaluated so, each branch is listed as
	 * possible.
	 * @param completion the code variables the completion would set
	 * @return the steps, empty when the task is not open
	 */
	List<NextStep> nextSteps(String taskId, Map<String, Object> completion);

	/** Deployed process definition XML of a process instance, for the diagram. */
	Optional<String> diagramXml(String processInstanceId);

	/**
	 * Sequence flows the instance has taken: a flow counts once an instance of its target
	 * started no earlier than an instance of its source ended. For the highlighted path
	 * of the case diagram.
	 */
	List<String> takenFlows(String processInstanceId);

	/**
	 * Open user task as the inbox and the task API see it; {@code delegated} while it
	 * waits for its delegate (委派), {@code owner} who delegated it;
	 * {@code processDefinitionId} the version it belongs to (whose forms it uses).
	 */
	record OpenTask(String id, String taskKey, String name, String processKey, String processInstanceId,
			String businessKey, String assignee, List<String> candidateGroups, java.time.Instant created,
			java.time.Instant due, String formKey, boolean delegated, String owner, String processDefinitionId) {

		/**
		 * The same task under another name (the step as a reader of another language
		 * reads it).
		 */
		public OpenTask withName(String otherName) {
			return new OpenTask(id, taskKey, otherName, processKey, processInstanceId, businessKey, assignee,
					candidateGroups, created, due, formKey, delegated, owner, processDefinitionId);
		}

	}

	/**
	 * A step that follows a task's completion: {@code kind} is {@value #USER_TASK},
	 * {@value #END}, {@value #MESSAGE} or {@value #TIMER} (a wait) or {@value #CALL} (a
	 * called process); {@code candidateGroups} are those of a user task as far as known;
	 * {@code certain} is false where a condition left the branch open; {@code nameEn} is
	 * the model's English name ({@code name@en}) where it has one.
	 */
	record NextStep(String kind, String elementId, String name, String nameEn, List<String> candidateGroups,
			boolean certain) {

		public static final String USER_TASK = "USER_TASK";

		public static final String END = "END";

		public static final String MESSAGE = "MESSAGE";

		public static final String TIMER = "TIMER";

		public static final String CALL = "CALL";

	}

	/** One step of a process instance's path. */
	record ActivityStep(String activityId, String activityName, String activityType, java.time.Instant started,
			java.time.Instant ended, String assignee, String taskId, boolean canceled) {
	}

	/** An incident: a job that failed more often than its retry cycle allows. */
	record IncidentView(String id, String processInstanceId, String businessKey, String activityId, String jobId,
			String message, java.time.Instant created) {
	}

}
