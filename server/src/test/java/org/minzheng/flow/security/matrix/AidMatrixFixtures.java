package org.minzheng.flow.security.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ExtraUsers;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Records of the aid line for the authorisation matrix: a 低保 case filed at 梅沙街道
 * (440308001, 盐田区, which entrusts approval to its streets) waiting at 受理审查.
 */
class AidMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		ApiSession clerk = setup.as("yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "矩阵测", AidFixtures.idNumber("440308", "19700101")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		ids.put("AID_CASE", no);
		String task = AidFlows.awaitTask(clerk, no, "Task_AcceptanceCheck");
		ids.put("AID_TASK", task);
		// a copy (抄送) of the case to the street's reviewer, for marking copies read
		clerk
			.post("/api/tasks/" + task + "/copies", Map.of("usernames", List.of("yt-meisha-reviewer"), "reason", "请知悉"))
			.expect(200);
		ids.put("AID_COPY",
				setup.as("yt-meisha-reviewer").get("/api/copies").expect(200).json().get(0).path("id").asText());
		ids.put("AID_ATTACHMENT",
				clerk
					.upload("/api/aid/applications/" + no + "/attachments", "file", "收入证明.pdf", "application/pdf",
							"%PDF-1.4 matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8))
					.expect(201)
					.json()
					.path("id")
					.asText());
		// a 或签 panel of two approvers for 梅沙街道's 低保 decisions
		ExtraUsers.ensure(setup.context().getBean(JdbcTemplate.class), setup.context().getBean(PasswordEncoder.class),
				"mx-meisha-approver2", "aid", "APPROVER", "440308001");
		setup.as("yt-admin")
			.post("/api/aid/approval-panels",
					Map.of("orgUnitCode", "440308001", "benefitType", "DIBAO", "mode", "ANY", "members",
							List.of("yt-meisha-approver", "mx-meisha-approver2")))
			.expect(201);
		ids.put("AID_DEFINITION",
				setup.context()
					.getBean(RepositoryService.class)
					.createProcessDefinitionQuery()
					.processDefinitionKey("AidApplicationProcess")
					.withoutTenantId()
					.latestVersion()
					.singleResult()
					.getId());
		return ids;
	}

}
