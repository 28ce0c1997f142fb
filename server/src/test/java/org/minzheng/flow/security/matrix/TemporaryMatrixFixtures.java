package org.minzheng.flow.security.matrix;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.minzheng.flow.support.AidFixtures;

/**
 * Records of 临时救助 for the authorisation matrix: an emergency case paid from 梅沙街道's
 * reserve fund (topped up by the demo data), waiting for its regularisation.
 */
class TemporaryMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		Map<String, Object> request = new LinkedHashMap<>();
		request.put("kind", "EMERGENCY");
		request.put("personName", "矩阵急");
		request.put("idNumber", AidFixtures.idNumber("440308", "19710101"));
		request.put("householdSize", 2);
		request.put("address", "梅沙街道矩阵路 1 号");
		request.put("eventType", "ACCIDENT");
		request.put("eventDate", LocalDate.now().minusDays(1).toString());
		request.put("eventDescription", "家中失火");
		request.put("amountFen", 10_000);
		ids.put("AID_TEMP_CASE",
				setup.as("yt-meisha-clerk")
					.post("/api/aid/temporary", request)
					.expect(201)
					.json()
					.path("caseNo")
					.asText());
		return ids;
	}

}
