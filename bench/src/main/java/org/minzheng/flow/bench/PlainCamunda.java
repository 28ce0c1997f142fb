package org.minzheng.flow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.minzheng.flow.processes.ProcessConventions;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.processes.model.BpmnProperties;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Plain Camunda 7.24 running the same BPMN (and its forms) as MinZheng Flow, on its own
 * database of the same MariaDB server: a standalone engine with full history, UUID ids
 * (as the Spring Boot starter uses), no job executor, and no-op beans for everything the
 * process calls — the delegates do nothing except what the process needs to go on (the
 * approval authority sets the approver group), {@code sla} gives calendar days, the
 * approval panel is a single approval. No read model, no audit, no task records.
 */
public final class PlainCamunda implements AutoCloseable {

	private final HikariDataSource pool;

	private final ProcessEngine engine;

	private PlainCamunda(HikariDataSource pool, ProcessEngine engine) {
		this.pool = pool;
		this.engine = engine;
	}

	/**
	 * Builds the engine on a fresh database ({@code database} is dropped first), every
	 * statement counted by {@code counter}.
	 */
	public static PlainCamunda start(String database, StatementCounter counter) {
		BenchApplication.execute("DROP DATABASE IF EXISTS " + database);
		BenchApplication.execute("CREATE DATABASE " + database + " CHARACTER SET utf8 COLLATE utf8_bin");
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(BenchApplication.url(database));
		config.setUsername("root");
		config.setPassword("");
		config.setMaximumPoolSize(10);
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		config.setAutoCommit(false);
		HikariDataSource pool = new HikariDataSource(config);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("plain-camunda-bench");
		configuration.setDataSource(counter.wrap(pool));
		configuration.setTransactionsExternallyManaged(false);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(false);
		configuration.setIdGenerator(new StrongUuidGenerator());
		configuration.setMetricsEnabled(false);
		configuration.setDbMetricsReporterActivate(false);
		configuration.setJavaSerializationFormatEnabled(false);
		configuration.setBeans(beans());
		ProcessEngine engine = configuration.buildProcessEngine();
		deploy(engine);
		return new PlainCamunda(pool, engine);
	}

	public ProcessEngine engine() {
		return engine;
	}

	@Override
	public void close() {
		engine.close();
		pool.close();
	}

	private static void deploy(ProcessEngine engine) {
		DeploymentBuilder deployment = engine.getRepositoryService()
			.createDeployment()
			.name("aid (plain Camunda benchmark)");
		try {
			PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
			for (String pattern : List.of("classpath*:bpmn/aid/*.bpmn", "classpath*:forms/aid/*.form")) {
				for (Resource resource : resolver.getResources(pattern)) {
					String folder = pattern.substring("classpath*:".length(), pattern.lastIndexOf('/') + 1);
					try (InputStream in = resource.getInputStream()) {
						deployment.addString(folder + resource.getFilename(),
								new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		deployment.deploy();
	}

	private static Map<Object, Object> beans() {
		Map<Object, Object> beans = new HashMap<>();
		JavaDelegate noOp = execution -> {
		};
		ExecutionListener noOpListener = execution -> {
		};
		for (String name : List.of(AidApplicationProcess.BEAN_NOTIFY_SUPPLEMENT,
				AidApplicationProcess.BEAN_VERIFY_HUKOU, AidApplicationProcess.BEAN_REQUEST_ECONOMIC_CHECK,
				AidApplicationProcess.BEAN_PUBLISH_NOTICE, AidApplicationProcess.BEAN_GRANT_BENEFIT,
				AidApplicationProcess.BEAN_RECORD_REJECTION, AidApplicationProcess.BEAN_ESCALATE_OVERDUE)) {
			beans.put(name, noOp);
		}
		beans.put(AidApplicationProcess.BEAN_CASE_CLOSED_LISTENER, noOpListener);
		beans.put(AidApplicationProcess.BEAN_RESOLVE_APPROVAL_AUTHORITY, (JavaDelegate) execution -> {
			// what the process needs to go on: the street approves (entrusted), one
			// approval
			String street = (String) execution.getVariable(AidApplicationProcess.VAR_COMPETENT_STREET_CODE);
			execution.setVariable(AidApplicationProcess.VAR_APPROVER_GROUP,
					AidApplicationProcess.approverGroup(street));
			execution.setVariable(AidApplicationProcess.VAR_APPROVING_ORG_UNIT_CODE, street);
			execution.setVariable(AidApplicationProcess.VAR_APPROVAL_MODE,
					AidApplicationProcess.ApprovalMode.SINGLE.name());
		});
		beans.put(AidApplicationProcess.BEAN_APPROVAL_PANEL, new SinglePanel());
		beans.put(ProcessConventions.BEAN_SLA, new CalendarDaysSla());
		beans.put("workingDaySchedule", new DailySchedule());
		// the total limit: started, never due within a run
		beans.put(AidApplicationProcess.BEAN_START_TOTAL_LIMIT, (JavaDelegate) execution -> {
			execution.setVariable(AidApplicationProcess.VAR_CASE_DECIDED, false);
			execution.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_NEXT_ALARM,
					Date.from(Instant.now().plus(365, ChronoUnit.DAYS)));
		});
		beans.put(AidApplicationProcess.BEAN_TOTAL_LIMIT_ALARM, (JavaDelegate) execution -> execution
			.setVariable(AidApplicationProcess.VAR_TOTAL_LIMIT_ALARMS_LEFT, false));
		beans.put(AidApplicationProcess.BEAN_RETRY_ECONOMIC_CHECK, (JavaDelegate) execution -> execution
			.setVariable(AidApplicationProcess.VAR_ECONOMIC_CHECK_RETRYING, true));
		return beans;
	}

	/** {@code ${aidApprovalPanel.members(execution)}}: one approval for the group. */
	public static final class SinglePanel {

		public List<String> members(DelegateExecution execution) {
			return Collections.singletonList(null);
		}

	}

	/**
	 * {@code ${workingDaySchedule.daily('HH:mm')}} of the aid schedules' timer starts:
	 * from tomorrow, every calendar day (never due within a run).
	 */
	public static final class DailySchedule {

		public String daily(String time) {
			return "R/" + java.time.LocalDate.now().plusDays(1) + "T" + time + ":00+08:00/P1D";
		}

	}

	/**
	 * {@code ${sla.due(execution)}}: the element's SLA property in calendar days (the
	 * working-day calendar is MinZheng Flow's).
	 */
	public static final class CalendarDaysSla {

		public Date due(DelegateExecution execution) {
			return due(execution, execution.getCurrentActivityId().split("#")[0]);
		}

		public Date due(DelegateExecution execution, String elementId) {
			BaseElement element = (BaseElement) execution.getBpmnModelInstance().getModelElementById(elementId);
			String days = BpmnProperties.property(element, ProcessConventions.PROPERTY_SLA_WORKING_DAYS)
				.or(() -> BpmnProperties.property(element, ProcessConventions.PROPERTY_SLA_CALENDAR_DAYS))
				.orElse("1");
			return Date.from(Instant.now().plus(Long.parseLong(days), ChronoUnit.DAYS));
		}

	}

}
