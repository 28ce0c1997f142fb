package org.minzheng.flow.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.minzheng.flow.shared.UnifiedSocialCreditCode;
import org.minzheng.flow.socialorg.SocialOrgFixtures;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One fresh case in each of the five chains, filed through the API as each chain's own
 * staff file them: a 低保 application, a social organisation's registration, a charity
 * recognition, a lottery outlet application and a cemetery inspection (the district's
 * campaign of this year or next, opened if it is not yet).
 */
public final class CaseFilings {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	/** Unique enough names within one test database. */
	public static final String[] HANZI = { "甲", "乙", "丙", "丁", "戊", "己", "庚", "辛", "壬", "癸" };

	private CaseFilings() {
	}

	/** Files one case in each chain, as each chain's own staff do; line code → number. */
	public static Map<String, String> oneInEachChain(int port, JdbcTemplate jdbc) {
		Map<String, String> cases = new LinkedHashMap<>();
		int n = SEQUENCE.incrementAndGet();

		String aid = ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "区" + HANZI[n % HANZI.length] + "明",
							AidFixtures.idNumber("440308", "1961010" + (n % 9 + 1))))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		cases.put("aid", aid);

		String registration = ApiSession.login(port, "so-city-clerk")
			.post("/api/socialorg/registrations",
					SocialOrgFixtures.registration("深圳市案件模块测试协会" + HANZI[n % HANZI.length] + HANZI[(n / 10) % 10],
							"440300", "DIRECT", null))
			.expect(201)
			.json()
			.path("registrationNo")
			.asText();
		cases.put("socialorg", registration);

		String first17 = "53440300MJ" + String.format("%07d", (System.nanoTime() / 1000 + n) % 10_000_000);
		String uscc = first17 + UnifiedSocialCreditCode.checkCharacter(first17);
		{
			jdbc.update("INSERT INTO so_organisation (name, org_type, management_mode, registrar_code, uscc, status, "
					+ "credit_state, registered_on, created_at) VALUES (?, 'FOUNDATION', 'DIRECT', '440300', ?, "
					+ "'REGISTERED', 'NORMAL', ?, CURRENT_TIMESTAMP)", "深圳市案件测试基金会" + HANZI[n % HANZI.length], uscc,
					LocalDate.now().minusYears(3));
		}
		String recognition = ApiSession.login(port, "ch-city-clerk")
			.post("/api/charity/recognitions",
					Map.of("uscc", uscc, "purposeStatement", "开展扶贫济困、助学助医等慈善活动", "governanceVoteOn",
							LocalDate.now().minusDays(10).toString(), "governanceVoteNote", "理事会全票通过"))
			.expect(201)
			.json()
			.path("recognitionNo")
			.asText();
		cases.put("charity", recognition);

		ApiSession admin = ApiSession.login(port, LotteryFlows.ADMIN);
		String area = LotteryFlows.area(admin, 3, 2);
		String lottery = LotteryFlows
			.submit(ApiSession.login(port, LotteryFlows.CLERK),
					LotteryFlows.application(area, "钱" + HANZI[n % HANZI.length], LotteryFlows.clearIdNumber(), 22.61,
							114.30))
			.applicationNo();
		cases.put("lottery", lottery);

		// a district opens one campaign a year (this year or next): open one, or take the
		// one open
		int thisYear = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).getYear();
		for (int year = thisYear; year <= thisYear + 1; year++) {
			if (admin.post("/api/cemetery/campaigns", Map.of("districtCode", "440308", "year", year)).status() == 201) {
				break;
			}
		}
		String inspection = jdbc.queryForObject(
				"SELECT MAX(i.inspection_no) FROM cemetery_inspection i "
						+ "JOIN cemetery_campaign c ON c.id = i.campaign_id WHERE c.district_code = '440308'",
				String.class);
		assertThat(inspection).startsWith("CEM-440308-");
		cases.put("cemetery", inspection);

		// every case has a process instance by now
		for (String no : cases.values()) {
			AidFlows.await(no + " has its process",
					() -> jdbc.queryForObject(
							"SELECT COUNT(*) FROM case_index WHERE case_no = ? AND process_instance_id IS NOT NULL",
							Long.class, no) == 1);
		}
		return cases;
	}

}
