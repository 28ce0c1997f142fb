package org.minzheng.flow.security.matrix;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;

/**
 * Records of the population registry's name check for the authorisation matrix: a 低保 case
 * filed at 梅沙街道 (440308001) whose applicant's name the registry does not confirm (the
 * simulator's marker 冒), and that member.
 */
class NameCheckMatrixFixtures implements MatrixFixtures {

	@Override
	public Map<String, String> create(Setup setup) {
		Map<String, String> ids = new LinkedHashMap<>();
		ApiSession clerk = setup.as("yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "矩阵冒名", AidFixtures.idNumber("440308", "19710101")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		ids.put("NC_CASE", no);
		for (JsonNode check : clerk.get("/api/aid/applications/" + no + "/name-checks").expect(200).json()) {
			if (check.path("flagged").asBoolean()) {
				ids.put("NC_MEMBER", check.path("memberId").asText());
			}
		}
		return ids;
	}

}
