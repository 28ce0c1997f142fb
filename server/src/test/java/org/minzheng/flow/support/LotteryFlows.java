package org.minzheng.flow.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The lottery journeys through the REST API, as the office's staff and the applicants
 * make them.
 */
public final class LotteryFlows {

	public static final String ADMIN = "yt-admin";

	public static final String CLERK = "yt-lottery-clerk";

	public static final String REVIEWER = "yt-lottery-reviewer";

	public static final String SUPERVISOR = "yt-supervisor";

	public static final String APPROVER = "yt-approver";

	/** 市福彩发行中心: contract, terminal, 代销证, notice to the outlet. */
	public static final String CITY_CLERK = "city-lottery-clerk";

	public static final String CITY_REVIEWER = "city-lottery-reviewer";

	public static final String CITY_APPROVER = "city-lottery-approver";

	private static final AtomicInteger AREAS = new AtomicInteger();

	/**
	 * Sequence codes 100–399: never the simulator's 444 (dishonest) or 666 (criminal
	 * record).
	 */
	private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

	private LotteryFlows() {
	}

	/**
	 * A valid citizen ID number of 盐田区, born 1985, that the credit simulator finds clear.
	 */
	public static String clearIdNumber() {
		return AidFixtures.withCheckDigit("44030819850101" + (SEQUENCE.getAndIncrement() % 300 + 100));
	}

	/** A valid ID number with a criminal record in the credit simulator. */
	public static String criminalIdNumber() {
		return AidFixtures.withCheckDigit("44030819850101666");
	}

	/** A new area of 盐田区, defined by its administrator; returns its code. */
	public static String area(ApiSession admin, int plannedOutlets, int maxDeclines) {
		String code = "440308-P" + AREAS.incrementAndGet() + (System.nanoTime() % 1000);
		admin.post("/api/lottery/areas",
				Map.of("code", code, "name", "盐田测试片区" + code, "districtCode", "440308", "plannedOutlets",
						plannedOutlets, "minDistanceMetres", 300, "answerWorkingDays", 5, "maxDeclines", maxDeclines))
			.expect(201);
		return code;
	}

	public static Map<String, Object> application(String area, String name, String idNumber, double latitude,
			double longitude) {
		Map<String, Object> body = new HashMap<>();
		body.put("areaCode", area);
		body.put("applicantKind", "PERSON");
		body.put("applicantName", name);
		body.put("applicantId", idNumber);
		body.put("mobile", "13800138000");
		body.put("siteAddress", "盐田区海山路 " + Math.abs(name.hashCode() % 100) + " 号");
		body.put("siteLatitude", latitude);
		body.put("siteLongitude", longitude);
		body.put("siteAreaM2", 25);
		body.put("leaseUntil", "2030-12-31");
		return body;
	}

	/** A registered applicant: their application number and their own sign-in. */
	public record Applicant(String applicationNo, String username, String password) {

		public ApiSession login(int port) {
			return ApiSession.login(port, username, password);
		}

	}

	public static Applicant submit(ApiSession clerk, Map<String, Object> application) {
		JsonNode registered = clerk.post("/api/lottery/applications", application).expect(201).json();
		return new Applicant(registered.path("application").path("applicationNo").asText(),
				registered.path("applicantUsername").asText(), registered.path("initialPassword").asText());
	}

	public static String status(ApiSession staff, String applicationNo) {
		return staff.get("/api/lottery/applications/" + applicationNo).expect(200).json().path("status").asText();
	}

	public static void awaitStatus(ApiSession staff, String applicationNo, String status) {
		AidFlows.await(applicationNo + " reaches " + status, () -> status(staff, applicationNo).equals(status));
	}

	/**
	 * Registers an applicant at a site well away from any outlet, approves them: they are
	 * queued.
	 */
	public static Applicant queued(ApiSession clerk, ApiSession reviewer, String area, String name, double latitude) {
		Applicant applicant = submit(clerk, application(area, name, clearIdNumber(), latitude, 114.30));
		String task = AidFlows.awaitTask(reviewer, applicant.applicationNo(), "Task_DistrictReview");
		AidFlows.complete(reviewer, task, Map.of("reviewDecision", "APPROVE", "opinion", "材料齐全，符合条件"));
		awaitStatus(clerk, applicant.applicationNo(), "QUEUED");
		return applicant;
	}

	/**
	 * An accepted offer through the district's site inspection and the city centre's
	 * review and decision, both with the given decision ({@code APPROVE} or
	 * {@code REFUSE}).
	 */
	public static void inspectAndDecide(ApiSession districtReviewer, ApiSession cityReviewer, ApiSession cityApprover,
			String offerNo, String inspectionResult, String decision) {
		AidFlows.complete(districtReviewer, AidFlows.awaitTask(districtReviewer, offerNo, "Task_SiteInspection"),
				Map.of("inspectionResult", inspectionResult, "opinion",
						"PASS".equals(inspectionResult) ? "场地、租约与面积符合要求" : "场地与租约不符"));
		AidFlows.complete(cityReviewer, AidFlows.awaitTask(cityReviewer, offerNo, "Task_AgencyReview"),
				Map.of("agencyRecommendation", decision, "opinion", "核对勘察报告与申请材料"));
		AidFlows.complete(cityApprover, AidFlows.awaitTask(cityApprover, offerNo, "Task_AgencyApproval"),
				Map.of("agencyDecision", decision, "opinion", "APPROVE".equals(decision) ? "同意委托代销" : "勘察不合格，不予委托"));
	}

	/** The applicant's own view of their (only) application. */
	public static JsonNode mine(ApiSession applicant) {
		return applicant.get("/api/lottery/my/applications").expect(200).json().path(0);
	}

}
