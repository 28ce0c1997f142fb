package org.minzheng.flow.lottery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.calendar.WorkingDayCalendar;
import org.minzheng.flow.processes.lottery.LotteryOfferProcess;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.LotteryFlows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path of the waitlist through the REST API on MariaDB, as the office's staff and
 * the applicants act: ineligibility, review, offer declined, expired, failed inspection,
 * accepted to an open outlet (inspected at the district; reviewed, decided, contracted
 * and certified at the city welfare lottery issuing centre), removal at the decline
 * limit, and a closure decided by the city centre's approver that frees a slot; after
 * each, the replay of the area's log confirms the queue.
 */
@ApplicationTest
class LotteryPathsIT {

	@LocalServerPort
	int port;

	@Autowired
	ManagementService management;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	WorkingDayCalendar calendar;

	ApiSession admin;

	ApiSession clerk;

	ApiSession reviewer;

	ApiSession supervisor;

	ApiSession cityClerk;

	ApiSession cityReviewer;

	ApiSession cityApprover;

	@BeforeEach
	void signIn() {
		admin = ApiSession.login(port, LotteryFlows.ADMIN);
		clerk = ApiSession.login(port, LotteryFlows.CLERK);
		reviewer = ApiSession.login(port, LotteryFlows.REVIEWER);
		supervisor = ApiSession.login(port, LotteryFlows.SUPERVISOR);
		cityClerk = ApiSession.login(port, LotteryFlows.CITY_CLERK);
		cityReviewer = ApiSession.login(port, LotteryFlows.CITY_REVIEWER);
		cityApprover = ApiSession.login(port, LotteryFlows.CITY_APPROVER);
	}

	@Test
	void applicantsTooCloseToAnOutletOrWithACriminalRecordAreIneligibleAndMayApplyAgain() {
		// given an area with an outlet at 22.58 N, 114.26 E
		String area = LotteryFlows.area(admin, 2, 2);
		admin
			.post("/api/lottery/areas/" + area + "/outlets",
					Map.of("name", "海山福彩站", "address", "海山路 1 号", "latitude", 22.58, "longitude", 114.26))
			.expect(201);
		String id = LotteryFlows.clearIdNumber();

		// when one applicant proposes a site about 150 m away, another has a record
		LotteryFlows.Applicant near = LotteryFlows.submit(clerk,
				LotteryFlows.application(area, "王近", id, 22.5813, 114.2605));
		LotteryFlows.Applicant convicted = LotteryFlows.submit(clerk,
				LotteryFlows.application(area, "赵某", LotteryFlows.criminalIdNumber(), 22.60, 114.30));

		// then both end ineligible without a review, with the reasons recorded
		LotteryFlows.awaitStatus(clerk, near.applicationNo(), "INELIGIBLE");
		LotteryFlows.awaitStatus(clerk, convicted.applicationNo(), "INELIGIBLE");
		JsonNode nearView = clerk.get("/api/lottery/applications/" + near.applicationNo()).expect(200).json();
		assertThat(nearView.path("nearestOutletM").asInt()).isBetween(140, 160);
		assertThat(nearView.path("ineligibleReasons").asText()).contains("不足 300 米");
		// staff see the applicant's ID number masked, never whole
		assertThat(nearView.path("applicantKey").asText()).isEqualTo(CitizenIdNumber.of(id).masked())
			.isNotEqualTo(id)
			.contains("*");
		assertThat(clerk.get("/api/lottery/applications/" + convicted.applicationNo())
			.expect(200)
			.json()
			.path("ineligibleReasons")
			.asText()).contains("违法犯罪");
		// and the same person may apply again with another site
		LotteryFlows.submit(clerk, LotteryFlows.application(area, "王近", id, 22.60, 114.30));
	}

	@Test
	void oneLiveApplicationPerApplicantAndBadInputIsRefused() {
		String area = LotteryFlows.area(admin, 1, 2);
		String id = LotteryFlows.clearIdNumber();
		LotteryFlows.submit(clerk, LotteryFlows.application(area, "钱一", id, 22.60, 114.30));

		assertThat(clerk.post("/api/lottery/applications", LotteryFlows.application(area, "钱一", id, 22.61, 114.30))
			.expect(409)
			.code()).isEqualTo("APPLICATION_ALREADY_LIVE");
		assertThat(clerk
			.post("/api/lottery/applications",
					LotteryFlows.application(area, "钱二", "440308198501011234", 22.61, 114.30))
			.expect(400)
			.code()).isEqualTo("INVALID_ID_NUMBER");
		assertThat(clerk
			.post("/api/lottery/applications",
					LotteryFlows.application(area, "钱三", LotteryFlows.clearIdNumber(), 122.61, 114.30))
			.status()).isEqualTo(400);
		assertThat(clerk
			.post("/api/lottery/applications",
					LotteryFlows.application("440308-NOPE", "钱四", LotteryFlows.clearIdNumber(), 22.61, 114.30))
			.expect(400)
			.code()).isEqualTo("AREA_NOT_FOUND");
		// a street clerk (of the aid line) is not the district lottery office: refused
		// before the request is read
		ApiSession streetClerk = ApiSession.login(port, "yt-meisha-clerk");
		assertThat(streetClerk
			.post("/api/lottery/applications",
					LotteryFlows.application(area, "钱五", LotteryFlows.clearIdNumber(), 22.61, 114.30))
			.expect(403)
			.code()).isEqualTo("ACCESS_DENIED");
		// another district's staff do not see the area at all
		ApiSession futian = ApiSession.login(port, "ft-supervisor");
		futian.get("/api/lottery/areas/" + area + "/queue").expect(404);
		futian.post("/api/lottery/areas/" + area + "/openings", null).expect(404);
		// only the district supervisor releases slots, and never more than planned (a
		// refusal on an area answers as if it did not exist, the office's clerk too)
		assertThat(clerk.post("/api/lottery/areas/" + area + "/openings", null).expect(404).code())
			.isEqualTo("AREA_NOT_FOUND");
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		assertThat(supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(409).code())
			.isEqualTo("PLANNED_SLOTS_EXHAUSTED");
	}

	@Test
	void declineExpiryFailedInspectionAndAcceptanceEachPassTheOpeningOnByTheRules() {
		// given four applicants queued in this order, and one planned slot
		String area = LotteryFlows.area(admin, 1, 2);
		LotteryFlows.Applicant a = LotteryFlows.queued(clerk, reviewer, area, "甲一", 22.60);
		LotteryFlows.Applicant b = LotteryFlows.queued(clerk, reviewer, area, "乙二", 22.61);
		LotteryFlows.Applicant c = LotteryFlows.queued(clerk, reviewer, area, "丙三", 22.62);
		LotteryFlows.Applicant d = LotteryFlows.queued(clerk, reviewer, area, "丁四", 22.63);
		ApiSession sessionA = a.login(port);
		assertThat(LotteryFlows.mine(sessionA).path("position").asInt()).isEqualTo(1);

		// when the slot is released, it is offered to the head of the queue
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		JsonNode offerToA = LotteryFlows.mine(sessionA).path("offer");
		assertThat(offerToA.path("status").asText()).isEqualTo("OFFERED");
		// to be answered by the end of the fifth working day, which is when the timer
		// fires
		Instant deadline = jdbc
			.queryForObject("SELECT answer_deadline FROM lottery_offer WHERE offer_no = ?", java.sql.Timestamp.class,
					offerToA.path("offerNo").asText())
			.toInstant();
		LocalDate lastDay = calendar.addWorkingDays(LocalDate.now(WorkingDayCalendar.ZONE), 5);
		assertThat(deadline).isEqualTo(lastDay.atTime(23, 59, 59).atZone(WorkingDayCalendar.ZONE).toInstant());
		assertThat(answerDeadlineTimer(offerToA.path("offerNo").asText()).getDuedate().toInstant()).isEqualTo(deadline);

		// the head declines: the opening goes to the second; the head keeps their place
		sessionA.post("/api/lottery/my/offers/" + offerToA.path("offerNo").asText() + "/decline", null).expect(200);
		assertThat(LotteryFlows.mine(sessionA).path("position").asInt()).isEqualTo(1);
		assertThat(LotteryFlows.mine(sessionA).path("passes").asInt()).isEqualTo(1);
		ApiSession sessionB = b.login(port);
		String offerToB = LotteryFlows.mine(sessionB).path("offer").path("offerNo").asText();
		assertThat(offerToB).isNotBlank();
		// a decline once answered cannot be answered again
		assertThat(sessionA.post("/api/lottery/my/offers/" + offerToA.path("offerNo").asText() + "/accept", null)
			.expect(409)
			.code()).isEqualTo("OFFER_NOT_OPEN");

		// the second lets the deadline pass: the opening goes to the third
		fireAnswerDeadline(offerToB);
		assertThat(LotteryFlows.mine(sessionB).path("offer").isMissingNode()).isTrue();
		assertThat(LotteryFlows.mine(sessionB).path("passes").asInt()).isEqualTo(1);
		ApiSession sessionC = c.login(port);
		String offerToC = LotteryFlows.mine(sessionC).path("offer").path("offerNo").asText();

		// the third accepts, but the site fails inspection: the district's finding alone
		// removes nobody
		sessionC.post("/api/lottery/my/offers/" + offerToC + "/accept", null).expect(200);
		assertThat(LotteryFlows.status(clerk, c.applicationNo())).isEqualTo("ACCEPTED");
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, offerToC, LotteryOfferProcess.TASK_SITE_INSPECTION),
				Map.of("inspectionResult", "FAIL", "opinion", "场地与租约不符"));
		String cityReview = AidFlows.awaitTask(cityReviewer, offerToC, LotteryOfferProcess.TASK_AGENCY_REVIEW);
		assertThat(LotteryFlows.status(clerk, c.applicationNo())).isEqualTo("ACCEPTED");
		// the city's steps are not the district's: its reviewer cannot see them
		reviewer
			.post("/api/tasks/" + cityReview + "/complete",
					Map.of("data", Map.of("agencyRecommendation", "REFUSE", "opinion", "x")))
			.expect(404);
		AidFlows.complete(cityReviewer, cityReview,
				Map.of("agencyRecommendation", "REFUSE", "opinion", "勘察报告显示租约与场地不符"));
		// the city approver refuses only with reasons
		String decision = AidFlows.awaitTask(cityApprover, offerToC, LotteryOfferProcess.TASK_AGENCY_APPROVAL);
		assertThat(cityApprover
			.post("/api/tasks/" + decision + "/complete", Map.of("data", Map.of("agencyDecision", "REFUSE")))
			.status()).isEqualTo(400);
		assertThat(LotteryFlows.status(clerk, c.applicationNo())).isEqualTo("ACCEPTED");
		AidFlows.complete(cityApprover, decision, Map.of("agencyDecision", "REFUSE", "opinion", "场地与租约不符，不予委托代销"));
		// then they leave, the opening returns
		LotteryFlows.awaitStatus(clerk, c.applicationNo(), "REMOVED");

		// and goes to the fourth, not back to those who passed on it
		ApiSession sessionD = d.login(port);
		String offerToD = LotteryFlows.mine(sessionD).path("offer").path("offerNo").asText();
		assertThat(offerToD).isNotBlank();
		assertThat(LotteryFlows.mine(sessionA).path("offer").isMissingNode()).isTrue();

		// the fourth accepts: inspected at the district, reviewed and approved at the
		// city
		// (two people), then the city centre's deposit, training and contract, terminal
		// and certificate
		sessionD.post("/api/lottery/my/offers/" + offerToD + "/accept", null).expect(200);
		LotteryFlows.inspectAndDecide(reviewer, cityReviewer, cityApprover, offerToD, "PASS", "APPROVE");
		// the city centre reads the district's case file it decides on
		assertThat(cityApprover.get("/api/cases/" + offerToD).expect(200).json().toString()).contains(offerToD);
		String contract = AidFlows.awaitTask(cityClerk, offerToD, LotteryOfferProcess.TASK_AGENCY_CONTRACT);
		// the district's clerk signs no contract
		clerk
			.post("/api/tasks/" + contract + "/complete",
					Map.of("data",
							Map.of("depositPaid", true, "trainingCompleted", true, "contractNo", "HT-2026-0001")))
			.expect(404);
		assertThat(cityClerk
			.post("/api/tasks/" + contract + "/complete",
					Map.of("data",
							Map.of("depositPaid", false, "trainingCompleted", true, "contractNo", "HT-2026-0001")))
			.expect(400)
			.code()).isEqualTo("DEPOSIT_AND_TRAINING_REQUIRED");
		AidFlows.complete(cityClerk, contract,
				Map.of("depositPaid", true, "trainingCompleted", true, "contractNo", "HT-2026-0001"));
		AidFlows.complete(cityClerk,
				AidFlows.awaitTask(cityClerk, offerToD, LotteryOfferProcess.TASK_TERMINAL_INSTALLATION),
				Map.of("terminalNo", "ZD-440308-0001"));
		AidFlows.complete(cityClerk,
				AidFlows.awaitTask(cityClerk, offerToD, LotteryOfferProcess.TASK_ISSUE_CERTIFICATE),
				Map.of("certificateNo", "DXZ-440308-0001"));

		// then the outlet is open at the fourth applicant's site, and the log replays
		LotteryFlows.awaitStatus(clerk, d.applicationNo(), "OPENED");
		JsonNode queue = clerk.get("/api/lottery/areas/" + area + "/queue").expect(200).json();
		assertThat(queue.path("outlets").findValuesAsText("status")).containsExactly("OPEN");
		assertThat(queue.path("openings").path(0).path("status").asText()).isEqualTo("FILLED");
		assertThat(queue.path("offers").findValuesAsText("status")).containsExactly("DECLINED", "EXPIRED",
				"INSPECTION_FAILED", "OPENED");
		assertThat(queue.path("queue").findValuesAsText("applicationNo")).containsExactly(a.applicationNo(),
				b.applicationNo());
		assertThat(jdbc.queryForObject(
				"SELECT certificate_no FROM lottery_outlet WHERE application_id = "
						+ "(SELECT id FROM lottery_application WHERE application_no = ?)",
				String.class, d.applicationNo()))
			.isEqualTo("DXZ-440308-0001");
		assertVerified(area);
	}

	@Test
	void anApplicantLeavesTheQueueAtTheDeclineLimitAndActsOnlyOnTheirOwnOffers() {
		// given two applicants and an area whose applicants leave after two passes
		String area = LotteryFlows.area(admin, 2, 2);
		LotteryFlows.Applicant a = LotteryFlows.queued(clerk, reviewer, area, "孙一", 22.60);
		LotteryFlows.Applicant b = LotteryFlows.queued(clerk, reviewer, area, "李二", 22.61);
		ApiSession sessionA = a.login(port);
		ApiSession sessionB = b.login(port);
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		String first = LotteryFlows.mine(sessionA).path("offer").path("offerNo").asText();

		// the second applicant cannot touch the head's offer, nor can staff as applicants
		sessionB.post("/api/lottery/my/offers/" + first + "/decline", null).expect(404);
		clerk.post("/api/lottery/my/offers/" + first + "/accept", null).expect(404);

		// when the head declines twice
		sessionA.post("/api/lottery/my/offers/" + first + "/decline", null).expect(200);
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		String second = LotteryFlows.mine(sessionA).path("offer").path("offerNo").asText();
		sessionA.post("/api/lottery/my/offers/" + second + "/decline", null).expect(200);

		// then they leave by the recorded rule, and the second applicant heads the queue
		assertThat(LotteryFlows.status(clerk, a.applicationNo())).isEqualTo("REMOVED");
		JsonNode queue = clerk.get("/api/lottery/areas/" + area + "/queue").expect(200).json();
		assertThat(queue.path("left").path(0).path("reason").asText()).isEqualTo("DECLINE_LIMIT");
		assertThat(LotteryFlows.mine(sessionB).path("position").asInt()).isEqualTo(1);
		assertVerified(area);
	}

	@Test
	void theYearlyReviewClosesAnOutletAndItsSlotIsOfferedToTheHeadOfTheQueue() {
		// given an outlet and one applicant waiting
		String area = LotteryFlows.area(admin, 0, 2);
		String outletNo = admin
			.post("/api/lottery/areas/" + area + "/outlets",
					Map.of("name", "沙头角福彩站", "address", "沙头角路 8 号", "latitude", 22.55, "longitude", 114.24))
			.expect(201)
			.json()
			.path("outletNo")
			.asText();
		LotteryFlows.Applicant a = LotteryFlows.queued(clerk, reviewer, area, "周一", 22.60);

		// when the district's yearly review finds a serious violation
		String review = reviewer.post("/api/lottery/outlets/" + outletNo + "/reviews", Map.of("year", 2025))
			.expect(201)
			.json()
			.path("reviewNo")
			.asText();
		reviewer.post("/api/lottery/outlets/" + outletNo + "/reviews", Map.of("year", 2025)).expect(409);
		AidFlows.complete(reviewer, AidFlows.awaitTask(reviewer, review, "Task_AnnualReview"),
				Map.of("reviewResult", "CLOSE", "opinion", "向未成年人销售彩票，情节严重"));

		// then it is a proposal: the outlet stays open until the city centre decides
		String cityReview = AidFlows.awaitTask(cityReviewer, review, "Task_CityReview");
		assertThat(clerk.get("/api/lottery/areas/" + area + "/queue")
			.expect(200)
			.json()
			.path("outlets")
			.path(0)
			.path("status")
			.asText()).isEqualTo("OPEN");
		AidFlows.complete(cityReviewer, cityReview,
				Map.of("proposedAction", "CLOSE", "opinion", "经核实向未成年人销售彩票，建议解除代销合同"));
		// the outlet is told and may answer: "no answer" only once the period has passed,
		// an answer with its summary
		String statement = AidFlows.awaitTask(cityClerk, review, "Task_OutletStatement");
		assertThat(
				cityClerk.post("/api/tasks/" + statement + "/complete", Map.of("data", Map.of("statementKind", "NONE")))
					.expect(409)
					.code())
			.isEqualTo("STATEMENT_PERIOD_RUNNING");
		assertThat(cityClerk
			.post("/api/tasks/" + statement + "/complete", Map.of("data", Map.of("statementKind", "RECEIVED")))
			.expect(400)
			.code()).isEqualTo("STATEMENT_TEXT_REQUIRED");
		AidFlows.complete(cityClerk, statement, Map.of("statementKind", "RECEIVED", "statement", "代销者称系店员疏忽，已辞退该店员"));
		// and the city centre's approver decides, with reasons
		String decision = AidFlows.awaitTask(cityApprover, review, "Task_CityDecision");
		assertThat(cityApprover
			.post("/api/tasks/" + decision + "/complete", Map.of("data", Map.of("outletDecision", "CLOSE")))
			.status()).isEqualTo(400);
		AidFlows.complete(cityApprover, decision,
				Map.of("outletDecision", "CLOSE", "opinion", "向未成年人销售彩票，情节严重，解除代销合同（条例第四十一条）"));

		// then the outlet is closed and its slot is offered to the head of the queue
		JsonNode queue = clerk.get("/api/lottery/areas/" + area + "/queue").expect(200).json();
		assertThat(queue.path("outlets").path(0).path("status").asText()).isEqualTo("CLOSED");
		assertThat(queue.path("openings").path(0).path("kind").asText()).isEqualTo("CLOSURE");
		assertThat(LotteryFlows.mine(a.login(port)).path("offer").path("status").asText()).isEqualTo("OFFERED");
		assertVerified(area);
	}

	@Test
	void theYearlyTimerJobStartsAReviewOfEveryStandingOutletOncePerYear() {
		// given an open outlet and a closed one
		String area = LotteryFlows.area(admin, 0, 2);
		String open = admin
			.post("/api/lottery/areas/" + area + "/outlets",
					Map.of("name", "梅沙福彩站", "address", "梅沙路 2 号", "latitude", 22.59, "longitude", 114.30))
			.expect(201)
			.json()
			.path("outletNo")
			.asText();
		String closed = admin
			.post("/api/lottery/areas/" + area + "/outlets",
					Map.of("name", "大梅沙福彩站", "address", "大梅沙路 9 号", "latitude", 22.595, "longitude", 114.31))
			.expect(201)
			.json()
			.path("outletNo")
			.asText();
		jdbc.update("UPDATE lottery_outlet SET status = 'CLOSED' WHERE outlet_no = ?", closed);

		// when the yearly timer fires (twice, as after a retry)
		fireYearlyTimer();
		fireYearlyTimer();

		// then the open outlet has exactly one review of this year, waiting for the
		// reviewer
		int year = java.time.Year.now(java.time.ZoneId.of("Asia/Shanghai")).getValue();
		AidFlows.await("the yearly reviews are started", () -> reviewsOf(open, year) == 1);
		assertThat(reviewsOf(closed, year)).isZero();
		String review = jdbc.queryForObject("SELECT r.review_no FROM lottery_outlet_review r JOIN lottery_outlet o "
				+ "ON o.id = r.outlet_id WHERE o.outlet_no = ?", String.class, open);
		AidFlows.awaitTask(reviewer, review, "Task_AnnualReview");
	}

	@Test
	void thePublicQueueIsReadableWithoutSignInMaskedAndVerifiable() {
		// given
		String area = LotteryFlows.area(admin, 1, 2);
		LotteryFlows.Applicant a = LotteryFlows.queued(clerk, reviewer, area, "欧阳明", 22.60);
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		ApiSession anonymous = ApiSession.anonymous(port);

		// when
		JsonNode queue = anonymous.get("/api/public/lottery/areas/" + area).expect(200).json();
		JsonNode verification = anonymous.get("/api/public/lottery/areas/" + area + "/verification").expect(200).json();
		JsonNode events = anonymous.get("/api/public/lottery/areas/" + area + "/events").expect(200).json();

		// then names and numbers are masked, the offer is shown, the log verifies
		JsonNode head = queue.path("queue").path(0);
		assertThat(head.path("applicantName").asText()).isEqualTo("欧阳*");
		assertThat(head.path("applicationNo").asText()).contains("*").isNotEqualTo(a.applicationNo());
		assertThat(head.path("applicationNo").asText())
			.endsWith(a.applicationNo().substring(a.applicationNo().length() - 4));
		assertThat(queue.path("offers").path(0).path("status").asText()).isEqualTo("OFFERED");
		assertThat(queue.toString()).doesNotContain(a.applicationNo()).doesNotContain("欧阳明");
		assertThat(verification.path("intact").asBoolean()).isTrue();
		assertThat(events.findValuesAsText("eventType")).containsExactly("RULES_SET", "ENTERED", "OPENING_RELEASED",
				"OFFERED");
		assertThat(events.toString()).doesNotContain(a.applicationNo());
		assertThat(events.findValuesAsText("actor")).containsExactly("staff", "system", "staff", "system");
		// and the public side is read-only and covers nothing else
		assertThat(anonymous.post("/api/public/lottery/areas/" + area, Map.of()).status()).isIn(401, 403);
		anonymous.get("/api/lottery/areas/" + area + "/queue").expect(401);
		anonymous.get("/api/lottery/my/applications").expect(401);
		assertThat(anonymous.get("/api/public/lottery/areas/440308-NOPE").expect(404).code())
			.isEqualTo("AREA_NOT_FOUND");
	}

	private void fireAnswerDeadline(String offerNo) {
		management.executeJob(answerDeadlineTimer(offerNo).getId());
	}

	private Job answerDeadlineTimer(String offerNo) {
		String pi = jdbc.queryForObject("SELECT process_instance_id FROM lottery_offer WHERE offer_no = ?",
				String.class, offerNo);
		Job job = management.createJobQuery()
			.processInstanceId(pi)
			.activityId(LotteryOfferProcess.CATCH_EVENT_ANSWER_DEADLINE)
			.singleResult();
		assertThat(job).as("answer deadline timer of " + offerNo).isNotNull();
		return job;
	}

	private void fireYearlyTimer() {
		Job timer = management.createJobQuery()
			.processDefinitionKey("LotteryYearlyReviewProcess")
			.timers()
			.singleResult();
		assertThat(timer).as("yearly review timer").isNotNull();
		management.executeJob(timer.getId());
		AidFlows.await("the yearly start has run",
				() -> management.createJobQuery()
					.processDefinitionKey("LotteryYearlyReviewProcess")
					.activityId("ServiceTask_StartReviews")
					.count() == 0);
	}

	private int reviewsOf(String outletNo, int year) {
		return jdbc.queryForObject(
				"SELECT COUNT(*) FROM lottery_outlet_review r JOIN lottery_outlet o "
						+ "ON o.id = r.outlet_id WHERE o.outlet_no = ? AND r.review_year = ?",
				Integer.class, outletNo, year);
	}

	private void assertVerified(String area) {
		JsonNode verification = clerk.get("/api/lottery/areas/" + area + "/verification").expect(200).json();
		assertThat(verification.path("intact").asBoolean()).as(verification.toString()).isTrue();
	}

}
