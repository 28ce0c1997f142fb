package org.minzheng.flow.workflow.camunda;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;

/**
 * What the engine writes at {@link CaseHistoryLevel}: the path (process and activity
 * instances) and failures (incidents, failed job runs), no variables, details, task or
 * identity-link history, operation log or log of jobs that ran well; and a database that
 * ran at {@code full} starts at the new level once {@code V33} moved its property.
 */
class CaseHistoryLevelTest {

	/** Fails every time: the registry call that never answers. */
	public static class Failing implements JavaDelegate {

		@Override
		public void execute(DelegateExecution execution) {
			throw new IllegalStateException("registry unavailable");
		}

	}

	static BpmnModelInstance model() {
		return Bpmn.createExecutableProcess("HistoryLevelProcess")
			.camundaHistoryTimeToLive(180)
			.startEvent()
			.userTask("Task_Check")
			.camundaCandidateGroups("aid-clerk@440308001")
			.serviceTask("Task_AfterCheck")
			.camundaAsyncBefore()
			.camundaExpression("${true}")
			.serviceTask("Task_Registry")
			.camundaAsyncBefore()
			.camundaClass(Failing.class.getName())
			.endEvent()
			.done();
	}

	private static ProcessEngine engine(String name, String history) {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
			.createStandaloneInMemProcessEngineConfiguration()
			.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=1000")
			.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
			.setJobExecutorActivate(false)
			.setHistory(history);
		configuration.setProcessEngineName(name);
		configuration.setProcessEnginePlugins(new java.util.ArrayList<>(java.util.List.of(new CaseHistoryPlugin())));
		return configuration.buildProcessEngine();
	}

	@Test
	void keepsThePathAndFailuresOnly() {
		ProcessEngine engine = engine("history-level-test", CaseHistoryLevel.NAME);
		try {
			engine.getRepositoryService().createDeployment().addModelInstance("h.bpmn", model()).deploy();
			String instance = engine.getRuntimeService()
				.startProcessInstanceByKey("HistoryLevelProcess", "DB-1", Map.of("applicationId", 7L))
				.getId();
			engine.getIdentityService().setAuthenticatedUserId("clerk");
			Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
			engine.getTaskService().claim(task.getId(), "clerk");
			engine.getTaskService().complete(task.getId(), Map.of("acceptanceDecision", "ACCEPT"));
			engine.getIdentityService().clearAuthentication();
			// the first async step runs well, the registry call fails until an incident
			// is raised
			Job ok = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
			engine.getManagementService().executeJob(ok.getId());
			for (int attempt = 0; attempt < 5 && engine.getRuntimeService()
				.createIncidentQuery()
				.processInstanceId(instance)
				.count() == 0; attempt++) {
				Job failing = engine.getManagementService().createJobQuery().processInstanceId(instance).singleResult();
				try {
					engine.getManagementService().executeJob(failing.getId());
				}
				catch (ProcessEngineException | IllegalStateException expected) {
					// the try is recorded, the retries go down
				}
			}

			HistoryService history = engine.getHistoryService();
			assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(instance).count()).isOne();
			assertThat(history.createHistoricActivityInstanceQuery()
				.processInstanceId(instance)
				.activityId("Task_Check")
				.singleResult()
				.getAssignee()).isEqualTo("clerk");
			// start, the check, the step after it; the registry call's asynchronous start
			// fails before its activity begins
			assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance).list())
				.extracting(org.camunda.bpm.engine.history.HistoricActivityInstance::getActivityId)
				.contains("Task_Check", "Task_AfterCheck");
			assertThat(history.createHistoricIncidentQuery().processInstanceId(instance).count()).isOne();
			assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count())
				.isGreaterThanOrEqualTo(1);
			assertThat(history.createHistoricJobLogQuery().processInstanceId(instance).count())
				.as("only failed runs are logged")
				.isEqualTo(history.createHistoricJobLogQuery().processInstanceId(instance).failureLog().count());

			assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance).count()).isZero();
			assertThat(history.createHistoricDetailQuery().processInstanceId(instance).count()).isZero();
			assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance).count()).isZero();
			assertThat(history.createHistoricIdentityLinkLogQuery().count()).isZero();
			assertThat(history.createUserOperationLogQuery().processInstanceId(instance).count()).isZero();
		}
		finally {
			engine.close();
		}
	}

	@Test
	void aDatabaseThatRanAtFullStartsAtTheLevelOnceMigrated() throws Exception {
		String name = "history-level-migrated";
		ProcessEngine full = engine(name, ProcessEngineConfiguration.HISTORY_FULL);
		javax.sql.DataSource dataSource = ((ProcessEngineConfigurationImpl) full.getProcessEngineConfiguration())
			.getDataSource();
		full.close();
		// the engine refuses a level other than the stored one
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine(name, CaseHistoryLevel.NAME).close())
			.hasMessageContaining("historyLevel mismatch");
		String migration = new String(CaseHistoryLevelTest.class
			.getResourceAsStream("/db/migration/common/V33__shared_case_history_level.sql")
			.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		// comments first (they may hold a semicolon), then the statements
		String statements = migration.lines()
			.filter(line -> !line.startsWith("--"))
			.collect(java.util.stream.Collectors.joining("\n"));
		String update = java.util.Arrays.stream(statements.split(";"))
			.map(String::strip)
			.filter(part -> part.startsWith("UPDATE ACT_GE_PROPERTY"))
			.findFirst()
			.orElseThrow();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.executeUpdate(update);
		}
		ProcessEngine migrated = engine(name, CaseHistoryLevel.NAME);
		try {
			assertThat(((ProcessEngineConfigurationImpl) migrated.getProcessEngineConfiguration()).getHistoryLevel())
				.isSameAs(CaseHistoryLevel.INSTANCE);
		}
		finally {
			migrated.close();
		}
	}

}
