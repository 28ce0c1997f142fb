package org.minzheng.flow.audit;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;

@ApplicationTest
@AutoConfigureMockMvc
class AuditControllerTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	AuditFixture fixture;

	@BeforeEach
	void eventsInTwoDistricts() {
		fixture = new AuditFixture(jdbc, transactions, trail);
		fixture.reset();
		record("ft-yuanling-clerk", "CLERK", "440304001", "AID_APPLICATION_SUBMITTED", "福田 园岭街道受理", null);
		record("ft-approver", "APPROVER", "440304", "AID_APPROVED", "福田 区级审批", null);
		record("yt-meisha-clerk", "CLERK", "440308001", "AID_APPLICATION_SUBMITTED", "盐田 梅沙街道受理", null);
		record("yt-approver", "APPROVER", "440308", "AID_APPROVED", "盐田 区级审批", "符合低保条件");
	}

	@Test
	void cityAuditorVerifiesTheChain() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/verify").with(as("city-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.rowsChecked").value(4));
	}

	@Test
	void streetClerkMayNotVerifyTheChain() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/verify").with(as("yt-meisha-clerk")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
	}

	@Test
	void districtAuditorLearnsWhetherTheCityWideChainIsIntactButNotWhereItBroke() throws Exception {
		// given
		jdbc.update("UPDATE audit_event SET summary = '篡改' WHERE summary = '福田 区级审批'");
		// when / then
		mvc.perform(get("/api/audit/verify").with(as("yt-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.rowsChecked").isNumber())
			.andExpect(jsonPath("$.firstBrokenId").doesNotExist());
		mvc.perform(get("/api/audit/verify").with(as("city-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(false))
			.andExpect(jsonPath("$.firstBrokenId").isNumber());
	}

	@Test
	void districtAuditorSeesOnlyTheirDistrictsEventsNewestFirst() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/events").param("caseRef", "DB-REST-1").with(as("yt-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].summary").value(Matchers.contains("盐田 区级审批", "盐田 梅沙街道受理")))
			.andExpect(jsonPath("$.events[*].orgUnitCode").value(Matchers.contains("440308", "440308001")))
			.andExpect(jsonPath("$.events[0].reason").value("符合低保条件"))
			.andExpect(jsonPath("$.hasMore").value(false));
	}

	@Test
	void anotherDistrictsRowsStayHiddenWithoutACaseFilterToo() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/events").with(as("ft-supervisor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].orgUnitCode").value(Matchers.contains("440304", "440304001")));
	}

	@Test
	void aDistrictsReaderSeesOnlyTheCasesOfTheLinesTheyHold() throws Exception {
		// given: a charity case's row at 盐田区; yt-auditor audits 低保, social organisations,
		// the
		// lottery and cemeteries there, not charity
		fixture.record(new AuditRecord("ch-city-clerk", "CLERK", "440308", "CH-REC-440300-2026-000009",
				"CHARITY_RECOGNITION_SUBMITTED", "盐田 慈善认定", null));
		// when / then
		mvc.perform(get("/api/audit/events").with(as("yt-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events[*].summary").value(Matchers.not(Matchers.hasItem("盐田 慈善认定"))))
			.andExpect(jsonPath("$.events[*].summary").value(Matchers.hasItem("盐田 区级审批")));
		mvc.perform(get("/api/audit/events").with(as("city-auditor")))
			.andExpect(jsonPath("$.events[*].summary").value(Matchers.hasItem("盐田 慈善认定")));
	}

	@Test
	void pagesThroughEventsWithHasMore() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/events").param("size", "3").with(as("city-auditor")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.events.length()").value(3))
			.andExpect(jsonPath("$.hasMore").value(true));
		mvc.perform(get("/api/audit/events").param("size", "3").param("page", "1").with(as("city-auditor")))
			.andExpect(jsonPath("$.events[*].summary").value(Matchers.contains("福田 园岭街道受理")))
			.andExpect(jsonPath("$.hasMore").value(false));
	}

	@Test
	void clerksMayNotReadTheAuditTrail() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/events").with(as("yt-meisha-clerk")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
	}

	@Test
	void refusesPagesLargerThan200() throws Exception {
		// given / when / then
		mvc.perform(get("/api/audit/events").param("size", "201").with(as("yt-auditor")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("PAGE_SIZE"))
			.andExpect(jsonPath("$.field").value("size"));
	}

	private void record(String actor, String role, String orgUnitCode, String action, String summary, String reason) {
		fixture.record(new AuditRecord(actor, role, orgUnitCode, "DB-REST-1", action, summary, reason));
	}

	private RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

}
