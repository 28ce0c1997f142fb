package org.minzheng.flow.workflow.camunda;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerStartEventJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.minzheng.flow.workflow.ProcessRepository;
import org.springframework.stereotype.Component;

/** {@link ProcessRepository} on the embedded Camunda 7 engine; variants are tenants. */
@Component
class CamundaProcessRepository implements ProcessRepository {

	private final ProcessEngine engine;

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final ManagementService management;

	private final DeployedResources resources;

	CamundaProcessRepository(ProcessEngine engine) {
		this.engine = engine;
		this.repository = engine.getRepositoryService();
		this.runtime = engine.getRuntimeService();
		this.management = engine.getManagementService();
		this.resources = new DeployedResources(this.repository);
	}

	@Override
	public List<ProcessVersion> versions() {
		List<ProcessDefinition> definitions = repository.createProcessDefinitionQuery().list();
		Map<String, Deployment> deployments = repository.createDeploymentQuery()
			.list()
			.stream()
			.collect(Collectors.toMap(Deployment::getId, d -> d));
		return definitions.stream()
			.map(d -> view(d, deployments.get(d.getDeploymentId())))
			.sorted(Comparator.comparing(ProcessVersion::key)
				.thenComparing(v -> v.variant() == null ? "" : v.variant())
				.thenComparing(Comparator.comparingInt(ProcessVersion::version).reversed()))
			.toList();
	}

	@Override
	public Optional<ProcessVersion> version(String definitionId) {
		// without an id the query would read every version
		if (definitionId == null || !EngineColumns.canHold(definitionId)) {
			return Optional.empty();
		}
		ProcessDefinition d = repository.createProcessDefinitionQuery()
			.processDefinitionId(definitionId)
			.singleResult();
		return Optional.ofNullable(d).map(def -> view(def, deployment(def.getDeploymentId())));
	}

	@Override
	public Optional<ProcessVersion> latest(String processKey, String variant) {
		if (!EngineColumns.canHold(processKey, variant)) {
			return Optional.empty();
		}
		var query = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion();
		ProcessDefinition d = (variant == null ? query.withoutTenantId() : query.tenantIdIn(variant)).singleResult();
		return Optional.ofNullable(d).map(def -> view(def, deployment(def.getDeploymentId())));
	}

	@Override
	public Map<String, Long> runningBy(String definitionId, String variable) {
		if (!EngineColumns.canHold(definitionId, variable)) {
			return Map.of();
		}
		List<String> ids = runtime.createProcessInstanceQuery()
			.processDefinitionId(definitionId)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		Map<String, Long> counts = new TreeMap<>();
		for (int from = 0; from < ids.size(); from += 500) {
			List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
			for (VariableInstance v : runtime.createVariableInstanceQuery()
				.processInstanceIdIn(chunk.toArray(String[]::new))
				.variableName(variable)
				.list()) {
				if (v.getExecutionId() != null && v.getExecutionId().equals(v.getProcessInstanceId())) {
					counts.merge(String.valueOf(v.getValue()), 1L, Long::sum);
				}
			}
		}
		return counts;
	}

	@Override
	public Optional<String> xml(String definitionId) {
		if (!EngineColumns.canHold(definitionId)) {
			return Optional.empty();
		}
		try (InputStream in = repository.getProcessModel(definitionId)) {
			return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (ProcessEngineException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public List<String> parseProblems(String resourceName, String xml) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		return configuration.getCommandExecutorTxRequired().execute(context -> {
			DeploymentEntity deployment = new DeploymentEntity();
			deployment.setName("check");
			try {
				BpmnParse parse = configuration.getDeployers()
					.stream()
					.filter(BpmnDeployer.class::isInstance)
					.map(BpmnDeployer.class::cast)
					.findFirst()
					.orElseThrow()
					.getBpmnParser()
					.createParse()
					.sourceInputStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
					.deployment(deployment)
					.name(resourceName);
				parse.execute();
				return List.<String>of();
			}
			catch (ProcessEngineException ex) {
				return List.of(ex.getMessage());
			}
		});
	}

	@Override
	public List<String> decisionProblems(String resourceName, String xml) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine
			.getProcessEngineConfiguration();
		// inside a command: the engine's DMN transform reads its configuration from the
		// command context (history time to live, tenant checks)
		return configuration.getCommandExecutorTxRequired().execute(context -> {
			try {
				configuration.getDmnEngine()
					.parseDecisionRequirementsGraph(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
				return List.<String>of();
			}
			catch (RuntimeException ex) {
				String message = ex.getMessage() == null ? ex.getClass().getName() : ex.getMessage();
				return List.of(message.length() > 500 ? message.substring(0, 500) : message);
			}
		});
	}

	@Override
	public Map<String, String> forms(String definitionId) {
		if (!EngineColumns.canHold(definitionId)) {
			return Map.of();
		}
		ProcessDefinition d = repository.createProcessDefinitionQuery()
			.processDefinitionId(definitionId)
			.singleResult();
		return d == null ? Map.of() : resources.forms(d.getDeploymentId());
	}

	@Override
	public Optional<DecisionFile> decisionFile(String decisionKey, String definitionId, String variant) {
		if (!EngineColumns.canHold(decisionKey, definitionId, variant)) {
			return Optional.empty();
		}
		if (definitionId != null) {
			ProcessDefinition d = repository.createProcessDefinitionQuery()
				.processDefinitionId(definitionId)
				.singleResult();
			if (d != null) {
				DecisionDefinition own = repository.createDecisionDefinitionQuery()
					.deploymentId(d.getDeploymentId())
					.decisionDefinitionKey(decisionKey)
					.singleResult();
				if (own != null) {
					return Optional.of(file(own));
				}
			}
		}
		DecisionDefinition latest = null;
		if (variant != null) {
			latest = repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(decisionKey)
				.tenantIdIn(variant)
				.latestVersion()
				.singleResult();
		}
		if (latest == null) {
			latest = repository.createDecisionDefinitionQuery()
				.decisionDefinitionKey(decisionKey)
				.withoutTenantId()
				.latestVersion()
				.singleResult();
		}
		return Optional.ofNullable(latest).map(this::file);
	}

	@Override
	public java.util.Set<String> decisionKeys(String variant) {
		var query = repository.createDecisionDefinitionQuery();
		return (variant == null ? query.withoutTenantId()
				: query.tenantIdIn(variant).includeDecisionDefinitionsWithoutTenantId())
			.list()
			.stream()
			.map(DecisionDefinition::getKey)
			.collect(Collectors.toCollection(java.util.TreeSet::new));
	}

	private DecisionFile file(DecisionDefinition definition) {
		String name = definition.getResourceName();
		return new DecisionFile(name, resources.decisionFiles(definition.getDeploymentId()).get(name));
	}

	@Override
	public String deploy(String deploymentName, String resourceName, String xml, Map<String, String> forms,
			Map<String, String> decisions, String variant) {
		DeploymentBuilder builder = repository.createDeployment()
			.name(deploymentName)
			.source("process-owner")
			.addString(resourceName, xml);
		forms.forEach((id, json) -> builder.addString(id + ".form", json));
		decisions.forEach(builder::addString);
		if (variant != null) {
			builder.tenantId(variant);
		}
		return builder.deployWithResult().getDeployedProcessDefinitions().get(0).getId();
	}

	@Override
	public MigrationPreview previewMigration(String fromId, String toId) {
		Map<String, String> mapping = new LinkedHashMap<>();
		String planProblem = null;
		try {
			MigrationPlan plan = runtime.createMigrationPlan(fromId, toId)
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			for (MigrationInstruction instruction : plan.getInstructions()) {
				mapping.put(instruction.getSourceActivityId(), instruction.getTargetActivityId());
			}
		}
		catch (MigrationPlanValidationException ex) {
			planProblem = ex.getMessage();
		}
		List<String> unmapped = new ArrayList<>();
		Map<String, String> activityNames = new HashMap<>();
		engine.getRepositoryService()
			.getBpmnModelInstance(fromId)
			.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.Activity.class)
			.forEach(activity -> {
				activityNames.put(activity.getId(), activity.getName());
				if (!mapping.containsKey(activity.getId())) {
					unmapped.add(activity.getId());
				}
			});
		List<InstanceCheck> instances = new ArrayList<>();
		for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(fromId).list()) {
			List<String> active = new ArrayList<>();
			leaves(runtime.getActivityInstance(instance.getId()), active);
			List<String> missing = active.stream().filter(id -> !mapping.containsKey(id)).toList();
			String reason = planProblem != null ? "迁移方案无效：" + planProblem
					: missing.isEmpty() ? null
							: "当前步骤在新版本中没有对应步骤：" + missing.stream()
								.map(id -> activityNames.getOrDefault(id, id) + "（" + id + "）")
								.collect(Collectors.joining("、"));
			instances
				.add(new InstanceCheck(instance.getId(), instance.getBusinessKey(), active, reason == null, reason));
		}
		return new MigrationPreview(fromId, toId, mapping, unmapped, planProblem, instances);
	}

	@Override
	public void migrate(String fromId, String toId, String processInstanceId) {
		try {
			MigrationPlan plan = runtime.createMigrationPlan(fromId, toId)
				.mapEqualActivities()
				.updateEventTriggers()
				.build();
			runtime.newMigration(plan).processInstanceIds(processInstanceId).execute();
		}
		catch (ProcessEngineException ex) {
			throw new MigrationRefusedException(ex.getMessage(), ex);
		}
	}

	@Override
	public void retire(String processKey) {
		// by key without a tenant: every version, the districts' variants included
		repository.updateProcessDefinitionSuspensionState()
			.byProcessDefinitionKey(processKey)
			.includeProcessInstances(false)
			.suspend();
		// the engine suspends the key's job definitions with it, and a job of a suspended
		// job definition is created suspended: the asynchronous steps and deadline timers
		// that running instances reach later would never run. Only the timer start events
		// (suspended with their jobs) stay so.
		management.createJobDefinitionQuery()
			.processDefinitionKey(processKey)
			.list()
			.stream()
			.filter(definition -> !TimerStartEventJobHandler.TYPE.equals(definition.getJobType()))
			.forEach(definition -> management.activateJobDefinitionById(definition.getId()));
	}

	@Override
	public List<ProcessVersion> callers(String processKey) {
		if (!EngineColumns.canHold(processKey)) {
			return List.of();
		}
		List<ProcessVersion> callers = new ArrayList<>();
		for (ProcessVersion version : versions()) {
			if (!version.key().equals(processKey) && repository.getBpmnModelInstance(version.definitionId())
				.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class)
				.stream()
				.anyMatch(call -> processKey.equals(call.getCalledElement()))) {
				callers.add(version);
			}
		}
		return callers;
	}

	private static void leaves(ActivityInstance instance, List<String> into) {
		if (instance == null) {
			return;
		}
		if (instance.getChildActivityInstances().length == 0 && instance.getChildTransitionInstances().length == 0) {
			into.add(instance.getActivityId());
			return;
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			leaves(child, into);
		}
		for (var transition : instance.getChildTransitionInstances()) {
			into.add(transition.getActivityId());
		}
	}

	private Deployment deployment(String id) {
		return repository.createDeploymentQuery().deploymentId(id).singleResult();
	}

	private ProcessVersion view(ProcessDefinition d, Deployment deployment) {
		long running = runtime.createProcessInstanceQuery().processDefinitionId(d.getId()).count();
		return new ProcessVersion(d.getId(), d.getKey(), d.getName(), d.getVersion(), d.getVersionTag(),
				d.getTenantId(), d.getDeploymentId(), deployment == null ? null : deployment.getName(),
				deployment == null || deployment.getDeploymentTime() == null ? null
						: deployment.getDeploymentTime().toInstant(),
				running);
	}

}
