package org.minzheng.flow.socialorg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.flow.support.AidFlows.awaitTask;
import static org.minzheng.flow.support.AidFlows.inboxTaskIds;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.socialorg.SocialOrgRegistrationProcess;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A district registrar never sees the city's cases and the city's registrar staff never
 * see the district's, unless their role oversees them (supervisors); a supervisory unit
 * sees only its own organisations' consent tasks.
 */
@ApplicationTest
class SocialOrgScopeIT {

	@LocalServerPort
	int port;

	@Test
	void districtAndCityRegistrarsSeeOnlyTheirOwnCases() {
		ApiSession cityClerk = ApiSession.login(port, "so-city-clerk");
		ApiSession districtClerk = ApiSession.login(port, "so-yt-clerk");
		String city = submit(cityClerk, "深圳市太极拳协会", "440300", "DIRECT", null);
		String district = submit(districtClerk, "盐田区太极拳协会", "440308", "DIRECT", null);

		awaitTask(cityClerk, city, SocialOrgRegistrationProcess.TASK_ACCEPTANCE);
		awaitTask(districtClerk, district, SocialOrgRegistrationProcess.TASK_ACCEPTANCE);

		assertThat(inboxTaskIds(cityClerk, district)).isEmpty();
		assertThat(inboxTaskIds(districtClerk, city)).isEmpty();
		cityClerk.get("/api/socialorg/registrations/" + district).expect(404);
		districtClerk.get("/api/socialorg/registrations/" + city).expect(404);
		assertThat(cityClerk.get("/api/socialorg/organisations?size=500").expect(200).json().findValuesAsText("name"))
			.contains("深圳市太极拳协会")
			.doesNotContain("盐田区太极拳协会");
		assertThat(
				districtClerk.get("/api/socialorg/organisations?size=500").expect(200).json().findValuesAsText("name"))
			.contains("盐田区太极拳协会")
			.doesNotContain("深圳市太极拳协会");

		// the district's supervisor oversees the district only; the city's oversees both
		ApiSession districtSupervisor = ApiSession.login(port, "yt-supervisor");
		districtSupervisor.get("/api/socialorg/registrations/" + district).expect(200);
		districtSupervisor.get("/api/socialorg/registrations/" + city).expect(404);
		ApiSession citySupervisor = ApiSession.login(port, "city-supervisor");
		citySupervisor.get("/api/socialorg/registrations/" + district).expect(200);
		citySupervisor.get("/api/socialorg/registrations/" + city).expect(200);
	}

	@Test
	void aSupervisoryUnitSeesOnlyItsOwnOrganisationsConsentTasks() {
		ApiSession clerk = ApiSession.login(port, "so-city-clerk");
		ApiSession sports = ApiSession.login(port, "so-su-sports");
		ApiSession science = ApiSession.login(port, "so-su-science");
		String climbing = submit(clerk, "深圳市攀岩运动协会", "440300", "DUAL", "SO-SU-0001");
		String robots = submit(clerk, "深圳市机器人学会", "440300", "DUAL", "SO-SU-0002");

		String sportsTask = awaitTask(sports, climbing, SocialOrgRegistrationProcess.TASK_SUPERVISORY_CONSENT);
		String scienceTask = awaitTask(science, robots, SocialOrgRegistrationProcess.TASK_SUPERVISORY_CONSENT);

		assertThat(inboxTaskIds(sports, robots)).isEmpty();
		assertThat(inboxTaskIds(science, climbing)).isEmpty();
		sports.get("/api/tasks/" + scienceTask).expect(404);
		science.get("/api/tasks/" + sportsTask).expect(404);
		sports.get("/api/socialorg/registrations/" + robots).expect(404);
		sports.get("/api/socialorg/registrations/" + climbing).expect(200);
		// nor the register: an external party has no list of organisations
		sports.get("/api/socialorg/organisations").expect(403);
		// the registrar's clerk is not the supervisory unit
		assertThat(inboxTaskIds(clerk, climbing)).isEmpty();
	}

	private static String submit(ApiSession clerk, String name, String registrar, String mode, String unit) {
		return clerk.post("/api/socialorg/registrations", SocialOrgFixtures.registration(name, registrar, mode, unit))
			.expect(201)
			.json()
			.path("registrationNo")
			.asText();
	}

}
