package org.minzheng.flow.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.minzheng.flow.aid.AidApplication;
import org.minzheng.flow.aid.AidApplicationService;
import org.minzheng.flow.aid.AidInvestigations;
import org.minzheng.flow.aid.BenefitType;
import org.minzheng.flow.aid.SubmitApplication;
import org.minzheng.flow.inbox.TaskWork;
import org.minzheng.flow.inbox.WorkItem;
import org.minzheng.flow.inbox.WorkItemService;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.security.StaffUser;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The complete 低保 chain, start → every user task → end, driven the same way on both
 * sides, as the role users of one 盐田区 street (盐田区 entrusted approval to its streets, so
 * the street approver decides): acceptance check and home investigation by the clerk,
 * street review by the reviewer, approval by the approver, each task found, claimed (签收)
 * and completed. Jobs are executed by the driver, not a job executor: the two registry
 * calls (async service tasks) as soon as they are due, and the seven-day notice timer as
 * if its time had come.
 */
public final class ChainDrivers {

	/** The four 盐田区 streets and their demo users: one driver thread each. */
	public static final List<String[]> STREETS = List.of(
			new String[] { "440308001", "yt-meisha-clerk", "yt-meisha-reviewer", "yt-meisha-approver" },
			new String[] { "440308002", "yt-yantian-clerk", "yt-yantian-reviewer", "yt-yantian-approver" },
			new String[] { "440308003", "yt-shatoujiao-clerk", "yt-shatoujiao-reviewer", "yt-shatoujiao-approver" },
			new String[] { "440308004", "yt-haishan-clerk", "yt-haishan-reviewer", "yt-haishan-approver" });

	/**
	 * How long a driver waits for a change of its case before it looks for the work item
	 * the registry's answer creates anyway.
	 */
	static final long WAIT_MILLIS = 200;

	static final Map<String, Object> ACCEPT = Map.of(AidApplicationProcess.VAR_ACCEPTANCE_DECISION, "ACCEPT");

	static final Map<String, Object> INVESTIGATED = Map.of(AidApplicationProcess.VAR_INVESTIGATION_DECISION, "DONE",
			"opinion", "两人入户，家庭情况属实");

	/**
	 * The home-investigation record 入户调查 needs before it is done (today, by contracted
	 * workers).
	 */
	static final AidInvestigations.RecordInvestigation VISITED = new AidInvestigations.RecordInvestigation(
			AidInvestigations.InvestigatorKind.CONTRACTED, List.of("张社工", "李社工"), "测试社工服务中心",
			LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")), "自有住房一套", "退休金", "良好", null,
			List.of(new AidInvestigations.Neighbour("王大妈", "对门邻居", "家中确实困难")), List.of());

	static final Map<String, Object> REVIEWED = Map.of(AidApplicationProcess.VAR_REVIEW_DECISION, "PASS", "opinion",
			"同意公示");

	static final Map<String, Object> APPROVED = Map.of(AidApplicationProcess.VAR_APPROVAL_DECISION, "APPROVE",
			"opinion", "符合低保条件，同意");

	private ChainDrivers() {
	}

	/** A driver runs one whole case; each thread has its own. */
	public interface Driver {

		/** Runs one case from submission to its end; returns the case number. */
		String runCase(int sequence);

	}

	/**
	 * Valid ID numbers of 盐田区 with the sequence code 997, which the simulated economic
	 * check answers WITHIN_LIMIT; unique by birth date.
	 */
	static String idNumber(int sequence) {
		LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(sequence % 25_000);
		String first17 = "440308" + birth.toString().replace("-", "") + "997";
		int[] weights = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * weights[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	/**
	 * Ours: the production service layer — {@code AidApplicationService.submit}, then
	 * {@code TaskWork.claim/complete} as the role users (form validation, task rules,
	 * task records, audit, work items), the registry simulators answering in-process.
	 */
	public static final class Ours implements Driver {

		private final AidApplicationService applications;

		private final TaskWork tasks;

		private final AidInvestigations investigations;

		private final WorkItemService workItems;

		private final ManagementService management;

		private final StaffUser clerk;

		private final StaffUser reviewer;

		private final StaffUser approver;

		private final String street;

		private final Connection poll;

		private final CaseGenerator names;

		private final CommittedChanges changes;

		public Ours(BenchApplication app, String database, String[] street) {
			this.applications = app.bean(AidApplicationService.class);
			this.tasks = app.bean(TaskWork.class);
			this.investigations = app.bean(AidInvestigations.class);
			this.workItems = app.bean(WorkItemService.class);
			this.management = app.bean(ManagementService.class);
			UserDetailsService users = app.bean(UserDetailsService.class);
			this.street = street[0];
			this.clerk = (StaffUser) users.loadUserByUsername(street[1]);
			this.reviewer = (StaffUser) users.loadUserByUsername(street[2]);
			this.approver = (StaffUser) users.loadUserByUsername(street[3]);
			this.names = new CaseGenerator(app);
			this.changes = app.changes();
			try {
				// the driver's own waiting (for the registry's answer) is not the
				// application's work: a connection outside the counted data source
				this.poll = DriverManager.getConnection(BenchApplication.url(database), "root", "");
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@Override
		public String runCase(int sequence) {
			SubmitApplication request = new SubmitApplication(BenefitType.DIBAO, street, street, "深圳市盐田区某社区 1 号", false,
					null, List.of(new SubmitApplication.Member(names.name(), idNumber(sequence),
							SubmitApplication.Relation.APPLICANT, SubmitApplication.HukouStatus.SHENZHEN_HUKOU, true)));
			AidApplication application = applications.submit(request, clerk);
			String pi = application.processInstanceId();
			Semaphore changed = changes.watch(application.applicationNo());
			try {
				work(pi, AidApplicationProcess.TASK_ACCEPTANCE_CHECK, ACCEPT, clerk);
				runDueJobs(management, pi);
				// the simulated verification centre answers on its own thread; the answer
				// is stored and correlated by RegistryInbox
				awaitWorkItem(pi, AidApplicationProcess.TASK_HOME_INVESTIGATION, changed);
			}
			finally {
				changes.unwatch(application.applicationNo());
			}
			investigations.record(application.applicationNo(), VISITED, clerk);
			work(pi, AidApplicationProcess.TASK_HOME_INVESTIGATION, INVESTIGATED, clerk);
			work(pi, AidApplicationProcess.TASK_STREET_REVIEW, REVIEWED, reviewer);
			fireNoticeTimer(management, pi);
			work(pi, AidApplicationProcess.TASK_APPROVAL, APPROVED, approver);
			return application.applicationNo();
		}

		private void work(String pi, String taskKey, Map<String, Object> data, StaffUser user) {
			String taskId = workItems.forProcessInstance(pi)
				.stream()
				.filter(item -> item.taskKey().equals(taskKey))
				.map(WorkItem::taskId)
				.findFirst()
				.orElseThrow(() -> new IllegalStateException("no " + taskKey + " for " + pi));
			tasks.claim(taskId, user);
			tasks.complete(taskId, data, user);
		}

		/**
		 * Waits until the work item is there: looks once, then again after each committed
		 * change of the case (or {@value ChainDrivers#WAIT_MILLIS} ms without one). The
		 * driver polled every few milliseconds before, which charged the application with
		 * about 15 SELECTs a case of the driver's own (plain Camunda's driver correlates
		 * the answer itself and never waits).
		 */
		private void awaitWorkItem(String pi, String taskKey, Semaphore changed) {
			long until = System.nanoTime() + 30_000_000_000L;
			try (PreparedStatement query = poll
				.prepareStatement("SELECT 1 FROM work_item WHERE process_instance_id = ? AND task_key = ?")) {
				query.setString(1, pi);
				query.setString(2, taskKey);
				while (true) {
					try (ResultSet rs = query.executeQuery()) {
						if (rs.next()) {
							return;
						}
					}
					if (System.nanoTime() > until) {
						throw new IllegalStateException("no " + taskKey + " for " + pi + " after 30 s");
					}
					changed.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
					changed.drainPermits();
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}

	}

	/**
	 * Plain Camunda: {@code RuntimeService.startProcessInstanceByKey}, then for each user
	 * task a {@code TaskQuery} for it, {@code claim} and {@code complete} with the form's
	 * fields as variables; the registry answer is the driver correlating the message.
	 */
	public static final class Plain implements Driver {

		private final RuntimeService runtime;

		private final TaskService tasks;

		private final ManagementService management;

		private final String[] street;

		public Plain(ProcessEngine engine, String[] street) {
			this.runtime = engine.getRuntimeService();
			this.tasks = engine.getTaskService();
			this.management = engine.getManagementService();
			this.street = street;
		}

		@Override
		public String runCase(int sequence) {
			String no = "DB-440308-PLAIN-" + street[0] + "-" + sequence;
			Map<String, Object> variables = new HashMap<>();
			variables.put(AidApplicationProcess.VAR_APPLICATION_ID, (long) sequence);
			variables.put(AidApplicationProcess.VAR_BENEFIT_TYPE, BenefitType.DIBAO.name());
			variables.put(AidApplicationProcess.VAR_DISTRICT_CODE, "440308");
			variables.put(AidApplicationProcess.VAR_COMPETENT_STREET_CODE, street[0]);
			variables.put(AidApplicationProcess.VAR_INTAKE_STREET_CODE, street[0]);
			variables.put(AidApplicationProcess.VAR_CONFLICT_OF_INTEREST, false);
			String pi = runtime.startProcessInstanceByKey(AidApplicationProcess.PROCESS_KEY, no, variables).getId();
			work(pi, AidApplicationProcess.TASK_ACCEPTANCE_CHECK, ACCEPT, street[1]);
			runDueJobs(management, pi);
			runtime.createMessageCorrelation(AidApplicationProcess.MESSAGE_ECONOMIC_CHECK_COMPLETED)
				.processInstanceBusinessKey(no)
				.setVariable(AidApplicationProcess.VAR_ECONOMIC_CHECK_OUTCOME, "WITHIN_LIMIT")
				.correlate();
			work(pi, AidApplicationProcess.TASK_HOME_INVESTIGATION, INVESTIGATED, street[1]);
			work(pi, AidApplicationProcess.TASK_STREET_REVIEW, REVIEWED, street[2]);
			fireNoticeTimer(management, pi);
			work(pi, AidApplicationProcess.TASK_APPROVAL, APPROVED, street[3]);
			return no;
		}

		private void work(String pi, String taskKey, Map<String, Object> data, String user) {
			Task task = tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(taskKey).singleResult();
			if (task == null) {
				throw new IllegalStateException("no " + taskKey + " for " + pi);
			}
			tasks.claim(task.getId(), user);
			tasks.complete(task.getId(), data);
		}

	}

	/**
	 * Executes the instance's jobs that are due (the async registry calls), until none is
	 * left; the overdue timers of open tasks are days away and stay.
	 */
	static void runDueJobs(ManagementService management, String pi) {
		while (true) {
			List<Job> due = management.createJobQuery().processInstanceId(pi).executable().list();
			if (due.isEmpty()) {
				return;
			}
			due.forEach(job -> management.executeJob(job.getId()));
		}
	}

	/** The seven days of public notice pass: its timer fires. */
	static void fireNoticeTimer(ManagementService management, String pi) {
		Job timer = management.createJobQuery()
			.processInstanceId(pi)
			.activityId(AidApplicationProcess.CATCH_EVENT_NOTICE_PERIOD_ENDED)
			.singleResult();
		if (timer == null) {
			throw new IllegalStateException("no notice timer for " + pi);
		}
		management.executeJob(timer.getId());
	}

}
