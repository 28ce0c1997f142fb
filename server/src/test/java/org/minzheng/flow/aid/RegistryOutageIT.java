package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.integration.economic.EconomicCheckClient;
import org.minzheng.flow.integration.economic.EconomicCheckRequest;
import org.minzheng.flow.integration.economic.HouseholdMember;
import org.minzheng.flow.integration.economic.SimulatedEconomicCheckClient;
import org.minzheng.flow.integration.population.PopulationRegistryClient;
import org.minzheng.flow.integration.population.SimulatedPopulationRegistryClient;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.registry.RegistryCalls;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registries go down: the async service task retries; past its retry budget an incident
 * appears that a supervisor lists and retries; and whatever the retries, the registry
 * receives each request once. The job executor is off here so that the test runs the jobs
 * itself, one attempt at a time.
 */
@ApplicationTest
@TestPropertySource(properties = "camunda.bpm.job-execution.enabled=false")
class RegistryOutageIT {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	PopulationRegistryClient population;

	@Autowired
	EconomicCheckClient economicCheck;

	@Autowired
	RegistryCalls calls;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void retriesThroughAShortOutageThenRaisesAnIncidentASupervisorRetries() {
		SimulatedPopulationRegistryClient populationSim = (SimulatedPopulationRegistryClient) population;
		SimulatedEconomicCheckClient economicSim = (SimulatedEconomicCheckClient) economicCheck;
		String no = acceptedCase();
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM aid_application WHERE application_no = ?",
				String.class, no);

		// the population registry fails twice, then answers: the third attempt goes
		// through
		populationSim.failNext(2);
		Job hukou = job(pi, AidApplicationProcess.SERVICE_TASK_VERIFY_HUKOU);
		assertThatThrownBy(() -> management.executeJob(hukou.getId())).isNotNull();
		assertThat(job(pi, AidApplicationProcess.SERVICE_TASK_VERIFY_HUKOU).getRetries()).isEqualTo(2);
		assertThatThrownBy(() -> management.executeJob(hukou.getId())).isNotNull();
		assertThat(job(pi, AidApplicationProcess.SERVICE_TASK_VERIFY_HUKOU).getRetries()).isEqualTo(1);
		management.executeJob(hukou.getId());
		assertThat(jdbc.queryForList("SELECT hukou_verified FROM aid_member m JOIN aid_application a "
				+ "ON a.household_id = m.household_id WHERE a.application_no = ?", String.class, no))
			.containsOnly("SHENZHEN_HUKOU");

		// the economic-check centre stays down past the retry budget: an incident
		int before = economicSim.requestCount();
		economicSim.failNext(3);
		Job check = job(pi, AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThatThrownBy(() -> management.executeJob(check.getId())).isNotNull();
		}
		assertThat(job(pi, AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK).getRetries()).isZero();

		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		JsonNode incidents = supervisor.get("/api/incidents").expect(200).json();
		JsonNode incident = incidents.findParents("caseRef")
			.stream()
			.filter(i -> i.path("caseRef").asText().equals(no))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no incident listed: " + incidents));
		assertThat(incident.path("activityId").asText())
			.isEqualTo(AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		assertThat(incident.path("message").asText()).doesNotContain("4403"); // no ID
																				// numbers
																				// in the
																				// message
		assertThat(ApiSession.login(port, "ft-supervisor")
			.get("/api/incidents")
			.expect(200)
			.json()
			.findValuesAsText("caseRef")).doesNotContain(no);
		assertThat(ApiSession.login(port, "ft-supervisor")
			.post("/api/incidents/" + incident.path("id").asText() + "/retry", null)
			.status()).isEqualTo(404);

		supervisor.post("/api/incidents/" + incident.path("id").asText() + "/retry", null).expect(200);
		management.executeJob(job(pi, AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK).getId());
		assertThat(supervisor.get("/api/incidents").expect(200).json().findValuesAsText("caseRef")).doesNotContain(no);
		assertThat(economicSim.requestCount()).isEqualTo(before + 1);
		assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE case_ref = ? ORDER BY id", String.class, no))
			.containsSubsequence("INCIDENT_RETRIED", "AID_ECONOMIC_CHECK_REQUESTED");
	}

	@Test
	void aCallRepeatedAfterACrashDoesNotCreateASecondRegistryRequest() {
		SimulatedEconomicCheckClient economicSim = (SimulatedEconomicCheckClient) economicCheck;
		int before = economicSim.requestCount();
		String key = RegistryCalls.key("DB-440308-2026-CRASH",
				AidApplicationProcess.SERVICE_TASK_REQUEST_ECONOMIC_CHECK);
		EconomicCheckRequest request = new EconomicCheckRequest(key, "DB-440308-2026-CRASH",
				List.of(new HouseholdMember(AidFixtures.idNumber("440308", "19500101"), "APPLICANT")),
				List.of("AUTH-1"));

		// the registry accepted the request, then the node died before our transaction
		// committed
		String first = transactions.execute(status -> {
			String id = calls.once("economic-check", "DB-440308-2026-CRASH", key,
					() -> economicSim.submit(request).requestId());
			status.setRollbackOnly();
			return id;
		});
		// the job runs again with the same idempotency key
		String second = transactions.execute(status -> calls.once("economic-check", "DB-440308-2026-CRASH", key,
				() -> economicSim.submit(request).requestId()));
		String third = transactions.execute(status -> calls.once("economic-check", "DB-440308-2026-CRASH", key, () -> {
			throw new AssertionError("a recorded call must not reach the registry again");
		}));

		assertThat(second).isEqualTo(first);
		assertThat(third).isEqualTo(first);
		assertThat(economicSim.requestCount()).isEqualTo(before + 1);
	}

	private String acceptedCase() {
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "卫东", AidFixtures.idNumber("440308", "19600808")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String task = AidFlows.awaitTask(clerk, no, AidApplicationProcess.TASK_ACCEPTANCE_CHECK);
		AidFlows.complete(clerk, task, Map.of("acceptanceDecision", "ACCEPT"));
		return no;
	}

	private Job job(String processInstanceId, String activityId) {
		Job job = management.createJobQuery()
			.processInstanceId(processInstanceId)
			.activityId(activityId)
			.singleResult();
		assertThat(job).as("job at " + activityId).isNotNull();
		return job;
	}

}
