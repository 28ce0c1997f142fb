package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A district administrator entrusts and revokes through the API; both are audited and
 * shown.
 */
@ApplicationTest
class EntrustmentRevocationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntrustmentService entrustments;

	@Test
	void futianEntrustsNanyuanThenRevokesAndTheAuthorityFollows() {
		ApiSession admin = ApiSession.login(port, "ft-admin");
		assertThat(entrustments.resolve("440304", "440304002", "TEKUN").entrusted()).isFalse();

		JsonNode created = admin
			.post("/api/aid/entrustments",
					Map.of("districtCode", "440304", "benefitType", "TEKUN", "allStreets", false, "streets",
							java.util.List.of("440304002"), "documentNo", "福民委〔2026〕3号", "effectiveFrom", "2026-01-01"))
			.expect(201)
			.json();
		assertThat(created.path("streets").get(0).asText()).isEqualTo("440304002");
		assertThat(entrustments.resolve("440304", "440304002", "TEKUN").orgUnitCode()).isEqualTo("440304002");
		assertThat(entrustments.resolve("440304", "440304001", "TEKUN").orgUnitCode()).isEqualTo("440304");
		assertThat(entrustments.resolve("440304", "440304002", "DIBAO").orgUnitCode()).isEqualTo("440304");

		long id = created.path("id").asLong();
		JsonNode revoked = admin.post("/api/aid/entrustments/" + id + "/revoke", Map.of("reason", "抽查发现问题，收回审批权"))
			.expect(200)
			.json();
		assertThat(revoked.path("revokedBy").asText()).isEqualTo("ft-admin");
		assertThat(entrustments.resolve("440304", "440304002", "TEKUN").orgUnitCode()).isEqualTo("440304");
		assertThat(admin.post("/api/aid/entrustments/" + id + "/revoke", Map.of("reason", "再次")).expect(409).code())
			.isEqualTo("ENTRUSTMENT_REVOKED");

		assertThat(jdbc.queryForList("SELECT action FROM audit_event WHERE org_unit_code = '440304' ORDER BY id",
				String.class))
			.containsSubsequence("AID_ENTRUSTMENT_CREATED", "AID_ENTRUSTMENT_REVOKED");
		assertThat(jdbc.queryForObject(
				"SELECT reason FROM audit_event WHERE action = 'AID_ENTRUSTMENT_REVOKED' " + "ORDER BY id DESC LIMIT 1",
				String.class))
			.isEqualTo("抽查发现问题，收回审批权");
	}

	@Test
	void badEntrustmentsAreRefused() {
		ApiSession admin = ApiSession.login(port, "ft-admin");
		assertThat(admin
			.post("/api/aid/entrustments",
					Map.of("districtCode", "440304", "benefitType", "DIBAO", "allStreets", false, "streets",
							java.util.List.of("440308001"), "documentNo", "X", "effectiveFrom", "2026-01-01"))
			.expect(400)
			.code()).isEqualTo("UNKNOWN_STREET");
		assertThat(admin
			.post("/api/aid/entrustments", Map.of("districtCode", "440304", "benefitType", "DIBAO", "allStreets", false,
					"documentNo", "X", "effectiveFrom", "2026-01-01"))
			.expect(400)
			.code()).isEqualTo("STREETS_REQUIRED");
		assertThat(
				admin
					.post("/api/aid/entrustments",
							Map.of("districtCode", "440304", "benefitType", "DIBAO", "allStreets", true, "documentNo",
									"X", "effectiveFrom", "2026-13-01"))
					.expect(400)
					.code())
			.isEqualTo("WRONG_TYPE");
	}

}
