package org.minzheng.flow.workflow.camunda;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.IncidentQuery;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.workflow.ProcessRetiredException;
import org.minzheng.flow.workflow.TaskConflictException;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.stereotype.Component;

/**
 * {@link Workflow} on the embedded Camunda 7 engine: the one place our services meet
 * engine types.
 */
@Component
class CamundaWorkflow implements Workflow {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final HistoryService history;

	private final ManagementService management;

	private final RepositoryService repository;

	private final ImmutableKeys keys = new ImmutableKeys();

	private final CommandExecutor commands;

	private final DeployedResources resources;

	private final Map<String, String> deploymentOf = new java.util.concurrent.ConcurrentHashMap<>();

	/** The paths of ended instances whose engine history the cleanup removed. */
	private final CasePathMapper archive;

	/**
	 * Process properties by definition id (a deployed definition never changes).
	 */
	private final Map<String, Map<String, String>> properties = new java.util.concurrent.ConcurrentHashMap<>();

	CamundaWorkflow(ProcessEngine engine, RuntimeService runtime, TaskService tasks, HistoryService history,
			ManagementService management, RepositoryService repository, CasePathMapper archive) {
		this.commands = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
			.getCommandExecutorTxRequired();
		this.runtime = runtime;
		this.tasks = tasks;
		this.history = history;
		this.management = management;
		this.repository = repository;
		this.resources = new DeployedResources(repository);
		this.archive = archive;
	}

	@Override
	public Optional<String> deployedForm(String processDefinitionId, String formId) {
		if (processDefinitionId == null || formId == null || !EngineColumns.canHold(processDefinitionId, formId)) {
			return Optional.empty();
		}
		String deploymentId = deploymentOf.computeIfAbsent(processDefinitionId,
				id -> repository.getProcessDefinition(id).getDeploymentId());
		return Optional.ofNullable(resources.forms(deploymentId).get(formId));
	}

	@Override
	public String start(String processKey, String businessKey, Map<String, Object> variables) {
		return start(processKey, null, businessKey, variables);
	}

	@Override
	public String start(String processKey, String variant, String businessKey, Map<String, Object> variables) {
		var start = runtime.createProcessInstanceByKey(processKey).businessKey(businessKey).setVariables(variables);
		boolean hasVariant = variant != null && repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.tenantIdIn(variant)
			.count() > 0;
		try {
			return (hasVariant ? start.processDefinitionTenantId(variant) : start.processDefinitionWithoutTenantId())
				.execute()
				.getId();
		}
		catch (SuspendedEntityInteractionException ex) {
			// the one way a definition is suspended here: its owners retired the process
			throw new ProcessRetiredException(processKey, ex);
		}
	}

	@Override
	public boolean correlate(String messageName, String businessKey, Map<String, Object> variables) {
		try {
			return !runtime.createMessageCorrelation(messageName)
				.processInstanceBusinessKey(businessKey)
				.setVariables(variables)
				.correlateAllWithResult()
				.isEmpty();
		}
		catch (MismatchingMessageCorrelationException ex) {
			return false;
		}
		catch (OptimisticLockingException ex) {
			throw new org.springframework.dao.OptimisticLockingFailureException(
					"message " + messageName + " to " + businessKey + " met a concurrent change", ex);
		}
		catch (org.camunda.bpm.engine.ProcessEngineException ex) {
			// ENGINE-03077: an execution's parent was deleted while the correlation
			// walked the
			// tree (a job of the same instance ended a scope at that moment): the same
			// concurrent change, met before the flush instead of at it; the caller
			// retries
			if (ex.getMessage() != null && ex.getMessage().contains("ENGINE-03077")) {
				throw new org.springframework.dao.OptimisticLockingFailureException(
						"message " + messageName + " to " + businessKey + " met a concurrent change", ex);
			}
			throw ex;
		}
	}

	@Override
	public <T> T inOneCommand(java.util.function.Supplier<T> work) {
		try {
			return commands.execute(context -> {
				try {
					return work.get();
				}
				catch (RuntimeException ex) {
					// as a bad request, which the engine logs at debug level: a refusal
					// of
					// ours is no engine error
					throw new Refused(ex);
				}
			});
		}
		catch (Refused ex) {
			throw ex.refusal;
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException("A task changed concurrently", ex);
		}
	}

	/** What the work of {@link #inOneCommand} threw, carried through the engine. */
	private static final class Refused extends org.camunda.bpm.engine.BadUserRequestException {

		private final RuntimeException refusal;

		Refused(RuntimeException refusal) {
			super(refusal.getMessage(), refusal);
			this.refusal = refusal;
		}

	}

	@Override
	public Optional<OpenTask> task(String taskId) {
		if (!EngineColumns.canHold(taskId)) {
			return Optional.empty();
		}
		// one engine command reads the task by id and its identity links: two statements,
		// where a task query and the identity-link call take three
		TaskRead read = commands.execute(context -> {
			TaskEntity task = context.getTaskManager().findTaskById(taskId);
			return task == null ? null : new TaskRead(task, candidateGroups(task.getIdentityLinks()));
		});
		return Optional.ofNullable(read).map(r -> view(r.task(), r.groups()));
	}

	private record TaskRead(Task task, List<String> groups) {
	}

	@Override
	public void claim(String taskId, String username) {
		try {
			tasks.claim(taskId, username);
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException ex) {
			throw new TaskConflictException("Task " + taskId + " is already claimed", ex);
		}
	}

	@Override
	public void unclaim(String taskId) {
		tasks.setAssignee(taskId, null);
	}

	@Override
	public void complete(String taskId, Map<String, Object> variables) {
		try {
			tasks.complete(taskId, variables);
		}
		catch (OptimisticLockingException ex) {
			throw new TaskConflictException("Task " + taskId + " was changed concurrently", ex);
		}
	}

	@Override
	public void transfer(String taskId, String username) {
		tasks.setAssignee(taskId, username);
	}

	@Override
	public void delegate(String taskId, String username) {
		tasks.delegateTask(taskId, username);
	}

	@Override
	public void resolve(String taskId, Map<String, Object> variables) {
		tasks.resolveTask(taskId, variables);
	}

	@Override
	public String moveBack(String openTaskId, String targetTaskKey) {
		Task task = tasks.createTaskQuery().taskId(openTaskId).singleResult();
		if (task == null) {
			throw new NullValueException("No task " + openTaskId);
		}
		org.camunda.bpm.engine.runtime.ActivityInstance tree = runtime.getActivityInstance(task.getProcessInstanceId());
		// a watching branch (the total-limit timer) goes on beside the move
		java.util.Set<String> background = java.util.Arrays
			.stream(processProperties(task.getProcessDefinitionId())
				.getOrDefault(ProcessConventions.PROPERTY_BACKGROUND_ACTIVITIES, "")
				.split(","))
			.map(String::strip)
			.filter(id -> !id.isEmpty())
			.collect(java.util.stream.Collectors.toSet());
		List<org.camunda.bpm.engine.runtime.ActivityInstance> active = leaves(tree).stream()
			.filter(leaf -> !background.contains(leaf.getActivityId()))
			.toList();
		if (active.size() != 1 || !active.get(0).getActivityId().equals(task.getTaskDefinitionKey())) {
			throw new IllegalStateException("process instance has other active steps");
		}
		runtime.createProcessInstanceModification(task.getProcessInstanceId())
			.cancelActivityInstance(active.get(0).getId())
			.startBeforeActivity(targetTaskKey)
			.execute(true, false);
		return tasks.createTaskQuery()
			.processInstanceId(task.getProcessInstanceId())
			.taskDefinitionKey(targetTaskKey)
			.singleResult()
			.getId();
	}

	@Override
	public boolean restartBefore(String processInstanceId, String activityId, String startBeforeActivityId) {
		if (tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(activityId).count() == 0) {
			return false;
		}
		runtime.createProcessInstanceModification(processInstanceId)
			.cancelAllForActivity(activityId)
			.startBeforeActivity(startBeforeActivityId)
			.execute(true, false);
		return true;
	}

	@Override
	public List<OpenTask> allOpenTasks() {
		return tasks.createTaskQuery().list().stream().map(this::view).toList();
	}

	/** Activity instances with no children: the steps that are actually active. */
	private static List<org.camunda.bpm.engine.runtime.ActivityInstance> leaves(
			org.camunda.bpm.engine.runtime.ActivityInstance instance) {
		if (instance.getChildActivityInstances().length == 0) {
			return List.of(instance);
		}
		return java.util.Arrays.stream(instance.getChildActivityInstances())
			.flatMap(child -> leaves(child).stream())
			.toList();
	}

	@Override
	public List<ActivityStep> history(String processInstanceId) {
		List<ActivityStep> steps = history.createHistoricActivityInstanceQuery()
			.processInstanceId(processInstanceId)
			.orderByHistoricActivityInstanceStartTime()
			.asc()
			.orderPartiallyByOccurrence()
			.asc()
			.orderByHistoricActivityInstanceId()
			.asc()
			.list()
			.stream()
			.map(CamundaWorkflow::step)
			.toList();
		// every started instance has activity history: none means the cleanup removed it
		return steps.isEmpty() ? archivedSteps(processInstanceId) : steps;
	}

	private List<ActivityStep> archivedSteps(String processInstanceId) {
		return archive.steps(processInstanceId)
			.stream()
			.map(s -> new ActivityStep(s.activityId(), s.activityName(), s.activityType(), s.startedAt(), s.endedAt(),
					s.assignee(), s.taskId(), s.state() == ACTIVITY_CANCELED))
			.toList();
	}

	/**
	 * Camunda's {@code ActivityInstanceState.CANCELED}, archived from
	 * {@code ACT_HI_ACTINST.ACT_INST_STATE_}.
	 */
	private static final int ACTIVITY_CANCELED = 2;

	/**
	 * The definition an instance ran on: from the engine's history, else from our archive
	 * once the cleanup removed it.
	 */
	private Optional<String> definitionOf(String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance != null) {
			return Optional.of(instance.getProcessDefinitionId());
		}
		return Optional.ofNullable(archive.path(processInstanceId))
			.map(CasePathMapper.ArchivedPath::processDefinitionId);
	}

	@Override
	public List<OpenTask> openTasks(String processInstanceId) {
		return tasks.createTaskQuery()
			.processInstanceId(processInstanceId)
			.orderByTaskCreateTime()
			.asc()
			.list()
			.stream()
			.map(this::view)
			.toList();
	}

	@Override
	public boolean isEnded(String processInstanceId) {
		return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() == 0;
	}

	@Override
	public Optional<String> endActivity(String processInstanceId) {
		HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult();
		if (instance == null) {
			return Optional.ofNullable(archive.path(processInstanceId)).map(CasePathMapper.ArchivedPath::endActivityId);
		}
		return Optional.ofNullable(instance.getEndActivityId());
	}

	@Override
	public List<IncidentView> incidents(Collection<String> processInstanceIds) {
		if (processInstanceIds != null && processInstanceIds.isEmpty()) {
			return List.of();
		}
		IncidentQuery query = runtime.createIncidentQuery();
		return query.orderByIncidentTimestamp()
			.desc()
			.list()
			.stream()
			.filter(i -> processInstanceIds == null || processInstanceIds.contains(i.getProcessInstanceId()))
			.map(this::incident)
			.toList();
	}

	@Override
	public Optional<IncidentView> incident(String incidentId) {
		if (!EngineColumns.canHold(incidentId)) {
			return Optional.empty();
		}
		return Optional.ofNullable(runtime.createIncidentQuery().incidentId(incidentId).singleResult())
			.map(this::incident);
	}

	@Override
	public void retry(String incidentId, int retries) {
		Incident incident = runtime.createIncidentQuery().incidentId(incidentId).singleResult();
		if (incident == null) {
			throw new NullValueException("No incident " + incidentId);
		}
		management.setJobRetries(incident.getConfiguration(), retries);
	}

	@Override
	public Optional<Object> variable(String processInstanceId, String name) {
		// one command reads the running instance and its variable; an ended instance has
		// none (the history level keeps no variables)
		Object[] running = commands.execute(context -> {
			ExecutionEntity execution = context.getExecutionManager().findExecutionById(processInstanceId);
			return execution == null ? null : new Object[] { execution.getVariable(name) };
		});
		return running == null ? Optional.empty() : Optional.ofNullable(running[0]);
	}

	@Override
	public Optional<String> processProperty(String processInstanceId, String name) {
		// the running instance's version (read once in the caller's engine command); the
		// history, then our archive, only once the instance has ended
		String definitionId = processInstanceId == null ? null : commands.execute(context -> {
			ExecutionEntity execution = context.getExecutionManager().findExecutionById(processInstanceId);
			return execution == null ? null : execution.getProcessDefinitionId();
		});
		if (definitionId == null && processInstanceId != null) {
			HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
				.processInstanceId(processInstanceId)
				.singleResult();
			definitionId = instance != null ? instance.getProcessDefinitionId()
					: Optional.ofNullable(archive.path(processInstanceId))
						.map(CasePathMapper.ArchivedPath::processDefinitionId)
						.orElse(null);
		}
		if (definitionId == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(processProperties(definitionId).get(name));
	}

	@Override
	public Map<String, String> taskProperties(String processDefinitionId, String taskKey) {
		if (processDefinitionId == null || taskKey == null || !EngineColumns.canHold(processDefinitionId)) {
			return Map.of();
		}
		// the engine caches the model of a deployed version
		org.camunda.bpm.model.bpmn.instance.UserTask task = repository.getBpmnModelInstance(processDefinitionId)
			.getModelElementById(taskKey) instanceof org.camunda.bpm.model.bpmn.instance.UserTask userTask ? userTask
					: null;
		return java.util.Collections.unmodifiableMap(org.minzheng.flow.processes.model.BpmnProperties.properties(task));
	}

	/**
	 * English names by process key: read once per deployed version (versions never
	 * change).
	 */
	private final Map<String, Map<String, String>> englishNames = new java.util.concurrent.ConcurrentHashMap<>();

	@Override
	public Map<String, String> englishNames(String processKey) {
		if (processKey == null || !EngineColumns.canHold(processKey)) {
			return Map.of();
		}
		var latest = repository.createProcessDefinitionQuery()
			.processDefinitionKey(processKey)
			.latestVersion()
			.list()
			.stream()
			.findFirst();
		if (latest.isEmpty()) {
			return Map.of();
		}
		return englishNames.computeIfAbsent(latest.get().getId(), id -> {
			Map<String, String> names = new java.util.HashMap<>();
			repository.getBpmnModelInstance(id)
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowElement.class)
				.forEach(element -> {
					String english = org.minzheng.flow.processes.model.BpmnProperties.properties(element)
						.get(ProcessConventions.PROPERTY_NAME_EN);
					if (english != null && !english.isBlank()) {
						names.put(element.getId(), english);
					}
				});
			return Map.copyOf(names);
		});
	}

	@Override
	public List<NextStep> nextSteps(String taskId, Map<String, Object> completion) {
		if (!EngineColumns.canHold(taskId)) {
			return List.of();
		}
		Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			return List.of();
		}
		Map<String, Object> variables = new java.util.HashMap<>(runtime.getVariables(task.getExecutionId()));
		variables.putAll(completion);
		java.util.Set<String> background = java.util.Arrays
			.stream(processProperties(task.getProcessDefinitionId())
				.getOrDefault(ProcessConventions.PROPERTY_BACKGROUND_ACTIVITIES, "")
				.split(","))
			.map(String::strip)
			.collect(java.util.stream.Collectors.toSet());
		return NextSteps.of(repository.getBpmnModelInstance(task.getProcessDefinitionId()), task.getTaskDefinitionKey(),
				variables, background);
	}

	@Override
	public Map<String, String> processProperties(String processDefinitionId) {
		if (processDefinitionId == null) {
			return Map.of();
		}
		// a deployed definition never changes: its properties are read from the model
		// once
		return properties.computeIfAbsent(processDefinitionId, id -> {
			String key = repository.getProcessDefinition(id).getKey();
			org.camunda.bpm.model.bpmn.instance.Process process = repository.getBpmnModelInstance(id)
				.getModelElementById(key);
			return java.util.Collections
				.unmodifiableMap(org.minzheng.flow.processes.model.BpmnProperties.properties(process));
		});
	}

	@Override
	public Optional<String> diagramXml(String processInstanceId) {
		Optional<String> definition = definitionOf(processInstanceId);
		if (definition.isEmpty()) {
			return Optional.empty();
		}
		try (var in = repository.getProcessModel(definition.get())) {
			return Optional.of(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> takenFlows(String processInstanceId) {
		Optional<String> definition = definitionOf(processInstanceId);
		if (definition.isEmpty()) {
			return List.of();
		}
		Map<String, List<ActivityStep>> visits = new java.util.HashMap<>();
		for (ActivityStep step : history(processInstanceId)) {
			String id = step.activityId();
			int body = id.indexOf('#');
			visits.computeIfAbsent(body < 0 ? id : id.substring(0, body), key -> new java.util.ArrayList<>()).add(step);
		}
		return repository.getBpmnModelInstance(definition.get())
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.SequenceFlow.class)
			.stream()
			.filter(flow -> taken(visits.get(flow.getSource().getId()), visits.get(flow.getTarget().getId())))
			.map(org.camunda.bpm.model.bpmn.instance.SequenceFlow::getId)
			.sorted()
			.toList();
	}

	private static boolean taken(List<ActivityStep> sources, List<ActivityStep> targets) {
		if (sources == null || targets == null) {
			return false;
		}
		for (ActivityStep source : sources) {
			if (source.ended() == null) {
				continue;
			}
			for (ActivityStep target : targets) {
				if (!target.started().isBefore(source.ended())) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * The task as our services see it. What never changes for a task — its process key,
	 * business key and form key — is cached by definition and instance id (immutable
	 * data, safe on every node), so a task costs two statements: the task and its
	 * identity links.
	 */
	private OpenTask view(Task task) {
		List<IdentityLink> links;
		try {
			links = tasks.getIdentityLinksForTask(task.getId());
		}
		catch (RuntimeException ex) {
			// the task (or its execution) was deleted between the two reads, e.g. by a
			// withdrawal committed meanwhile: the engine fails with a NullValueException
			// or, inside its permission check, a NullPointerException
			throw new TaskConflictException("Task " + task.getId() + " changed while it was read", ex);
		}
		return view(task, candidateGroups(links));
	}

	private static List<String> candidateGroups(List<? extends IdentityLink> links) {
		return links.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private OpenTask view(Task task, List<String> groups) {
		String processKey = keys.processKey(task.getProcessDefinitionId(),
				id -> repository.getProcessDefinition(id).getKey());
		String businessKey = keys.businessKey(task.getProcessInstanceId(), id -> {
			ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
			return instance == null ? null : instance.getBusinessKey();
		});
		String formKey = keys.formKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey(), () -> {
			Task withForm = tasks.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
			if (withForm == null) {
				return null;
			}
			return withForm.getCamundaFormRef() != null ? withForm.getCamundaFormRef().getKey() : withForm.getFormKey();
		});
		return new OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(), processKey,
				task.getProcessInstanceId(), businessKey, task.getAssignee(), groups, instant(task.getCreateTime()),
				instant(task.getDueDate()), formKey, task.getDelegationState() == DelegationState.PENDING,
				task.getOwner(), task.getProcessDefinitionId());
	}

	private IncidentView incident(Incident incident) {
		ProcessInstance instance = incident.getProcessInstanceId() == null ? null
				: runtime.createProcessInstanceQuery()
					.processInstanceId(incident.getProcessInstanceId())
					.singleResult();
		return new IncidentView(incident.getId(), incident.getProcessInstanceId(),
				instance == null ? null : instance.getBusinessKey(), incident.getActivityId(),
				incident.getConfiguration(), incident.getIncidentMessage(), instant(incident.getIncidentTimestamp()));
	}

	private static ActivityStep step(HistoricActivityInstance activity) {
		return new ActivityStep(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
				instant(activity.getStartTime()), instant(activity.getEndTime()), activity.getAssignee(),
				activity.getTaskId(), activity.isCanceled());
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

}
