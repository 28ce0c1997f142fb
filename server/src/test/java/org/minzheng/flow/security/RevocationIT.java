package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.ExtraUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Revocation takes effect on the user's next request, on every node: the session in the
 * database says only who signed in; their account and roles are read again each time.
 */
@ApplicationTest
class RevocationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void aDisabledUsersOpenSessionGets401OnItsNextRequest() {
		ExtraUsers.ensure(jdbc, encoder, "rv-disabled-clerk", "aid", "CLERK", "440308002");
		ApiSession clerk = ApiSession.login(port, "rv-disabled-clerk");
		clerk.get("/api/inbox").expect(200);

		ApiSession admin = ApiSession.login(port, "yt-admin");
		admin.post("/api/admin/users/rv-disabled-clerk/enabled", Map.of("enabled", false, "reason", "离职")).expect(200);

		ApiSession.Response next = clerk.get("/api/inbox");
		assertThat(next.status()).isEqualTo(401);
		assertThat(next.code()).isEqualTo("AUTH_REQUIRED");
		// a write fares no better, and the session is gone for good
		assertThat(clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308002", "停用测", AidFixtures.idNumber("440308", "19800101")))
			.status()).isIn(401, 403);
		assertThat(clerk.get("/api/me").status()).isEqualTo(401);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_member WHERE name = '停用测'", Integer.class)).isZero();
	}

	@Test
	void aRoleMovedToAnotherStreetStopsTheOldStreetAtOnce() {
		ExtraUsers.ensure(jdbc, encoder, "rv-moved-clerk", "aid", "CLERK", "440308002");
		ApiSession moved = ApiSession.login(port, "rv-moved-clerk");
		String yantianCase = file(ApiSession.login(port, "yt-yantian-clerk"), "440308002", "盐田甲");
		String shatoujiaoCase = file(ApiSession.login(port, "yt-shatoujiao-clerk"), "440308003", "沙头角乙");
		moved.get("/api/aid/applications/" + yantianCase).expect(200);
		assertThat(moved.get("/api/aid/applications/" + shatoujiaoCase).status()).isEqualTo(404);

		ApiSession.login(port, "yt-admin")
			.put("/api/admin/users/rv-moved-clerk/roles",
					Map.of("roles", List.of(Map.of("line", "aid", "role", "CLERK", "orgUnitCode", "440308003")),
							"reason", "调往沙头角街道"))
			.expect(200);

		// the same session, no new sign-in: the old street is gone, the new one is there
		assertThat(moved.get("/api/aid/applications/" + yantianCase).status()).isEqualTo(404);
		moved.get("/api/aid/applications/" + shatoujiaoCase).expect(200);
		assertThat(moved.get("/api/me").expect(200).json().path("roles").get(0).path("orgUnitCode").asText())
			.isEqualTo("440308003");
		// and new work can no longer be filed at the old street's window
		assertThat(moved.post("/api/aid/applications",
				Map.of("benefitType", "DIBAO", "competentStreetCode", "440308002", "intakeStreetCode", "440308002",
						"address", "测试路 2 号", "conflictOfInterest", false, "members",
						List.of(AidFixtures.member("调岗测", AidFixtures.idNumber("440308", "19810101"), "APPLICANT")),
						"declaration", AidFixtures.declaration()))
			.status()).isEqualTo(403);
	}

	@Test
	void aRoleTakenOffALineEndsThatLineForTheOpenSession() {
		ExtraUsers.ensure(jdbc, encoder, "rv-line-clerk", "aid", "CLERK", "440308004");
		ApiSession clerk = ApiSession.login(port, "rv-line-clerk");
		assertThat(clerk.get("/api/me").expect(200).json().path("lines").toString()).contains("aid");
		String filed = file(clerk, "440308004", "换线测");
		assertThat(clerk.get("/api/cases?q=" + filed).expect(200).json().path("total").asLong()).isOne();
		jdbc.update("UPDATE role_assignment SET business_line = 'lottery', org_unit_code = '440308' WHERE user_id = "
				+ "(SELECT id FROM app_user WHERE username = 'rv-line-clerk')");
		assertThat(clerk.get("/api/me").expect(200).json().path("lines").toString()).doesNotContain("aid")
			.contains("lottery");
		assertThat(clerk.get("/api/cases?q=" + filed).expect(200).json().path("total").asLong()).isZero();
		assertThat(clerk.get("/api/cases/" + filed).status()).isEqualTo(404);
		assertThat(clerk.get("/api/aid/applications/" + filed).status()).isIn(403, 404);
	}

	private static String file(ApiSession clerk, String street, String name) {
		return clerk
			.post("/api/aid/applications",
					AidFixtures.application(street, name, AidFixtures.idNumber("440308", "19750101")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
	}

}
