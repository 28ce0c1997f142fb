package org.minzheng.flow.security.matrix;

import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.LotteryFlows;

/**
 * Records of the lottery line for the authorisation matrix, all in one new area of 盐田区
 * (440308), so that the district's lottery office meets them as its own, 福田区's
 * administrator as another district's, and every other line's staff as another line's:
 * <ul>
 * <li>{@code LT_AREA}: two planned slots, both released (a third release is refused, so
 * the row changes nothing);</li>
 * <li>{@code LT_OUTLET}: an outlet registered there, far from the applicants' sites;</li>
 * <li>{@code LT_APPLICATION}: the queued application of {@code $LT_APPLICANT}, who
 * declined the first opening ({@code LT_OFFER}, so answering it again is refused) and
 * holds a live offer of the second (so withdrawing is refused);</li>
 * <li>{@code $LT_OTHER_APPLICANT}: another applicant of the district, under review, who
 * must reach nothing of the first's.</li>
 * </ul>
 * Both applicants' accounts (random names, made at registration) join the panel.
 */
class LotteryMatrixFixtures implements MatrixFixtures {

	private final Map<String, String> applicants = new LinkedHashMap<>();

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		ApiSession admin = setup.as(LotteryFlows.ADMIN);
		ApiSession clerk = setup.as(LotteryFlows.CLERK);
		ApiSession reviewer = setup.as(LotteryFlows.REVIEWER);
		ApiSession supervisor = setup.as(LotteryFlows.SUPERVISOR);
		String area = LotteryFlows.area(admin, 2, 3);
		ids.put("LT_AREA", area);
		ids.put("LT_OUTLET",
				admin
					.post("/api/lottery/areas/" + area + "/outlets",
							Map.of("name", "矩阵福彩站", "address", "盐田区沙头角路 1 号", "latitude", 22.50, "longitude", 114.20))
					.expect(201)
					.json()
					.path("outletNo")
					.asText());

		LotteryFlows.Applicant own = LotteryFlows.queued(clerk, reviewer, area, "矩阵甲", 22.60);
		ApiSession applicant = own.login(setup.port());
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		String declined = LotteryFlows.mine(applicant).path("offer").path("offerNo").asText();
		applicant.post("/api/lottery/my/offers/" + declined + "/decline", null).expect(200);
		// the second slot goes to the same applicant, the only one waiting
		supervisor.post("/api/lottery/areas/" + area + "/openings", null).expect(201);
		AidFlows.await("the applicant holds an offer of the second opening", () -> {
			String live = LotteryFlows.mine(applicant).path("offer").path("offerNo").asText();
			return !live.isEmpty() && !live.equals(declined);
		});
		ids.put("LT_APPLICATION", own.applicationNo());
		ids.put("LT_OFFER", declined);
		ids.put("LT_APPLICANT", own.username());
		applicants.put(own.username(), own.password());

		LotteryFlows.Applicant other = LotteryFlows.submit(clerk,
				LotteryFlows.application(area, "矩阵乙", LotteryFlows.clearIdNumber(), 22.61, 114.30));
		ids.put("LT_OTHER_APPLICANT", other.username());
		applicants.put(other.username(), other.password());
		return ids;
	}

	@Override
	public Map<String, String> users() {
		return applicants;
	}

}
