package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A process owner's upload through the API, as an attacker would write it: code in an
 * expression is refused at its element, attribute and rule in both languages; a deeply
 * nested file is refused before any tree is built and the server goes on answering; a
 * file the schema refuses says where; the allow-list the browser lints with is the
 * server's own.
 */
@ApplicationTest
class ModelSafetyIT {

	static final String KEY = AidApplicationProcess.PROCESS_KEY;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	RepositoryService repository;

	@Test
	void codeInAnExpressionIsRefusedAtItsElementAttributeAndRule() throws IOException {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		String shipped = ProcessAdminIT.shippedModel();
		long deployments = repository.createDeploymentQuery().count();
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);

		String reflective = shipped.replaceFirst("\\$\\{benefitType == 'DIBAO'}",
				"\\${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id') != null}");
		assertThat(reflective).isNotEqualTo(shipped);
		JsonNode problem = ProcessAdminIT.refusal(owner, reflective).path("problems").get(0);
		assertThat(problem.path("code").asText()).isEqualTo("EXPRESSION_METHOD_NOT_ALLOWED");
		assertThat(problem.path("attribute").asText()).isEqualTo("bpmn:conditionExpression");
		assertThat(problem.path("elementId").asText()).startsWith("Flow_");
		assertThat(problem.path("message").asText()).contains("已登记");
		assertThat(problem.path("messageEn").asText()).contains("registered");

		String engine = shipped.replace("camunda:assignee=\"${panelist}\"",
				"camunda:assignee=\"${execution.getProcessEngineServices()}\"");
		JsonNode assignee = ProcessAdminIT.refusal(owner, engine).path("problems").get(0);
		assertThat(assignee.path("elementId").asText()).isEqualTo("Task_Approval");
		assertThat(assignee.path("attribute").asText()).isEqualTo("camunda:assignee");
		assertThat(assignee.path("code").asText()).isEqualTo("EXPRESSION_FORM");

		assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
	}

	@Test
	void deeplyNestedFilesAreRefusedBeforeParsingAndTheServerStaysUp() throws IOException {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		String shipped = ProcessAdminIT.shippedModel();
		for (int depth : new int[] { 5_000, 100_000 }) {
			String nested = "<n>".repeat(depth) + "</n>".repeat(depth);
			String model = shipped.replaceFirst("<bpmn:extensionElements>", "<bpmn:extensionElements>" + nested);
			long started = System.nanoTime();
			ApiSession.Response response = owner.post("/api/process-admin/processes/" + KEY + "/changes",
					Map.of("changeNote", "嵌套 " + depth, "xml", model));
			long millis = (System.nanoTime() - started) / 1_000_000;
			assertThat(response.status()).as(response.body()).isEqualTo(422);
			System.out.printf("nesting %,d levels (%,d bytes): %d in %d ms%n", depth, model.length(), response.status(),
					millis);
			assertThat(response.json().path("problems").findValuesAsText("code")).containsExactly("MODEL_TOO_DEEP");
		}
		// the same server answers the next request as usual
		assertThat(owner.get("/api/process-admin/processes").status()).isEqualTo(200);
	}

	/**
	 * Found by the OpenAPI fuzzing test (shared/OpenApiFuzzIT): a JSON {@code null} body
	 * was a 500, and so was any engine lookup by a value holding 4-byte CJK on MariaDB
	 * (the engine's tables are 3-byte utf8).
	 */
	@Test
	void aNullBodyAndFourByteCjkIdsAreRefusedNotFailed() {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		long changes = jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class);
		for (String path : new String[] { "/api/process-admin/processes",
				"/api/process-admin/processes/" + KEY + "/changes" }) {
			ApiSession.Response response = owner.postRaw(path, "null", "application/json");
			assertThat(response.status()).as(response.body()).isEqualTo(400);
			assertThat(response.code()).isEqualTo("REQUEST_MALFORMED");
		}
		String wide = "%F0%A0%80%80%F0%AA%9A%A5";
		assertThat(owner.get("/api/process-admin/versions/" + wide + "/model").status()).isEqualTo(404);
		assertThat(owner.get("/api/process-admin/versions/" + wide + "/decisions/" + wide).status()).isEqualTo(404);
		assertThat(owner.get("/api/process-admin/migrations/preview?from=" + wide + "&to=" + wide).status())
			.isEqualTo(404);
		ApiSession.Response noSource = owner.post("/api/process-admin/migrations", Map.of("to", "9", "reason", "迁移"))
			.expect(400);
		assertThat(noSource.code()).isEqualTo("VERSION_REQUIRED");
		assertThat(noSource.json().path("field").asText()).isEqualTo("from");
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(clerk.get("/api/tasks/" + wide).expect(404).code()).isEqualTo("TASK_NOT_FOUND");
		assertThat(clerk
			.post("/api/tasks/" + wide + "/add-signer",
					Map.of("username", "yt-meisha-reviewer", "position", "AFTER", "reason", "加签"))
			.expect(404)
			.code()).isEqualTo("TASK_NOT_FOUND");
		assertThat(ApiSession.login(port, "city-supervisor").post("/api/incidents/" + wide + "/retry", null).status())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM process_change", Long.class)).isEqualTo(changes);
	}

	@Test
	void aSchemaErrorSaysTheLineTheColumnAndTheElement() throws IOException {
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		String shipped = ProcessAdminIT.shippedModel();
		String invalid = shipped.replaceFirst("(<bpmn:startEvent id=\"StartEvent_ApplicationReceived\"[^>]*>)",
				"$1<bpmn:unknownThing />");
		int line = (int) invalid.substring(0, invalid.indexOf("<bpmn:unknownThing")).lines().count();
		JsonNode problem = ProcessAdminIT.refusal(owner, invalid).path("problems").findParents("line").get(0);
		assertThat(problem.path("code").asText()).isEqualTo("BPMN_INVALID");
		assertThat(problem.path("line").asInt()).isEqualTo(line);
		assertThat(problem.path("column").asInt()).isPositive();
		assertThat(problem.path("attribute").asText()).isEqualTo("bpmn:unknownThing");
		assertThat(problem.path("elementId").asText()).isEqualTo("StartEvent_ApplicationReceived");
		assertThat(problem.path("message").asText()).contains("第 " + line + " 行");
	}

	@Test
	void theModelerLintsWithTheServersOwnAllowList() {
		JsonNode rules = ApiSession.login(port, "city-process-owner")
			.get("/api/process-admin/model-rules")
			.expect(200)
			.json();
		assertThat(rules.path("methods").findValuesAsText("bean")).contains("sla");
		assertThat(rules.path("delegates").toString()).contains("aidGrantBenefitDelegate");
		assertThat(rules.path("attributes").path("assignee").asText()).isEqualTo("variable");
		assertThat(rules.path("extensions").has("executionListener")).isTrue();
		assertThat(rules.path("extensions").has("field")).isFalse();
		assertThat(ApiSession.login(port, "yt-meisha-clerk").get("/api/process-admin/model-rules").status())
			.isEqualTo(403);
	}

}
