package org.minzheng.flow.security.matrix;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.support.ApiSession;

/**
 * Records of the care-home waitlist for the authorisation matrix, in 盐田区 (440308): a new
 * home ({@code CH_HOME}), an elder's application registered by 沙头角街道 and assessed into
 * its queue ({@code CH_APPLICATION}), and the offer of a freed bed the elder declined
 * ({@code CH_OFFER}), so answering it again is refused and changes nothing.
 */
class CareHomeMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		String home = "440308-M" + (System.nanoTime() % 100000);
		setup.as("yt-admin")
			.post("/api/carehome/homes",
					Map.of("code", home, "name", "矩阵养老院", "nameEn", "Matrix home", "districtCode", "440308", "address",
							"盐田区矩阵路 1 号", "beds", 2, "minCareLevel", 1, "answerDays", 5, "maxDeclines", 3, "source",
							"test"))
			.expect(201);
		ids.put("CH_HOME", home);
		String first17 = "440308" + LocalDate.of(1941, 6, 6).toString().replace("-", "")
				+ "%03d".formatted((int) (System.nanoTime() % 1000));
		ApiSession clerk = setup.as("yt-shatoujiao-elderly-clerk");
		String no = clerk
			.post("/api/carehome/applications",
					Map.of("homeCode", home, "name", "矩阵长者", "idNumber",
							first17 + CitizenIdNumber.checkCharacter(first17), "tierCode", "DIBAO"))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		setup.as("yt-elderly-reviewer")
			.post("/api/carehome/applications/" + no + "/assessment", Map.of("careLevel", 3, "opinion", "重度失能"))
			.expect(200);
		ids.put("CH_APPLICATION", no);
		setup.as("yt-elderly-approver")
			.post("/api/carehome/homes/" + home + "/bed-releases", Map.of("bedLabel", "M-1"))
			.expect(201);
		// the district's reviewer reads the home's queue and records the answer (the
		// street
		// clerk does not reach the district's home)
		ApiSession reviewer = setup.as("yt-elderly-reviewer");
		String offer = reviewer.get("/api/carehome/homes/" + home + "/queue")
			.expect(200)
			.json()
			.path("offers")
			.path(0)
			.path("offerNo")
			.asText();
		reviewer.post("/api/carehome/offers/" + offer + "/answer", Map.of("action", "DECLINE")).expect(200);
		ids.put("CH_OFFER", offer);
		return ids;
	}

}
