package org.minzheng.flow.aid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.processes.aid.AidApplicationProcess;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One open application per person, across streets and benefit types: a second one for the
 * same ID number is refused with a code naming the open case (and its street); of two
 * submitted at once exactly one wins; once the first closes, a new one is accepted.
 */
@ApplicationTest
class DuplicateApplicationIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.minzheng.flow.shared.PersonalDataCrypto crypto;

	@Test
	void secondOpenApplicationForTheSameIdNumberIsRefusedNamingTheFirstUntilItCloses() {
		ApiSession meisha = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession haishan = ApiSession.login(port, "yt-haishan-clerk");
		String person = AidFixtures.idNumber("440308", "19601027");
		String first = meisha.post("/api/aid/applications", AidFixtures.application("440308001", "王建国", person))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();

		// the same ID number, another name, another street, another benefit type, and
		// as a spouse rather than the applicant
		Map<String, Object> second = new HashMap<>(
				AidFixtures.application("440308004", "赵敏", AidFixtures.idNumber("440308", "19700101")));
		second.put("benefitType", "TEKUN");
		second.put("members", List.of(AidFixtures.member("赵敏", AidFixtures.idNumber("440308", "19700101"), "APPLICANT"),
				AidFixtures.member("王建华", person, "SPOUSE")));
		long applicationsBefore = count("SELECT COUNT(*) FROM aid_application");
		ApiSession.Response refused = haishan.post("/api/aid/applications", second).expect(409);
		assertThat(refused.code()).isEqualTo("OPEN_APPLICATION_EXISTS");
		assertThat(refused.json().path("openApplicationNo").asText()).isEqualTo(first);
		assertThat(refused.json().path("openApplicationStreet").asText()).isEqualTo("梅沙街道");
		assertThat(refused.json().path("detail").asText()).contains(first).doesNotContain(person);
		// a refused request changes nothing
		assertThat(count("SELECT COUNT(*) FROM aid_application")).isEqualTo(applicationsBefore);
		assertThat(count("SELECT COUNT(*) FROM aid_member WHERE id_number_bidx = '" + crypto.blindIndex(person) + "'"))
			.isEqualTo(1);

		// the first closes (不予受理): the person may apply again
		AidFlows.complete(meisha, AidFlows.awaitTask(meisha, first, AidApplicationProcess.TASK_ACCEPTANCE_CHECK),
				Map.of("acceptanceDecision", "REJECT", "opinion", "不符合申请条件"));
		AidFlows.awaitStatus(meisha, first, "NOT_ACCEPTED");
		String again = haishan.post("/api/aid/applications", second).expect(201).json().path("applicationNo").asText();
		assertThat(count("SELECT COUNT(*) FROM aid_open_person WHERE id_number_bidx = '" + crypto.blindIndex(person)
				+ "' AND application_no = '" + again + "'"))
			.isEqualTo(1);
	}

	@Test
	void ofTwoClerksSubmittingTheSameIdNumberAtOnceExactlyOneWins() throws Exception {
		String person = AidFixtures.idNumber("440308", "19551111");
		List<ApiSession> clerks = List.of(ApiSession.login(port, "yt-meisha-clerk"),
				ApiSession.login(port, "yt-haishan-clerk"));
		clerks.forEach(c -> c.get("/api/me").expect(200));
		List<String> streets = List.of("440308001", "440308004");
		for (int round = 0; round < 3; round++) {
			String id = round == 0 ? person : AidFixtures.idNumber("440308", "19551111");
			ExecutorService pool = Executors.newFixedThreadPool(2);
			CountDownLatch start = new CountDownLatch(1);
			List<Future<ApiSession.Response>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				ApiSession clerk = clerks.get(i);
				Map<String, Object> body = AidFixtures.application(streets.get(i), "同时" + i, id);
				results.add(pool.submit(() -> {
					start.await();
					return clerk.post("/api/aid/applications", body);
				}));
			}
			start.countDown();
			List<Integer> statuses = new ArrayList<>();
			List<String> codes = new ArrayList<>();
			for (Future<ApiSession.Response> result : results) {
				ApiSession.Response response = result.get(2, TimeUnit.MINUTES);
				statuses.add(response.status());
				if (response.status() != 201) {
					codes.add(response.code());
				}
			}
			pool.shutdown();
			assertThat(statuses).containsExactlyInAnyOrder(201, 409);
			assertThat(codes).containsExactly("OPEN_APPLICATION_EXISTS");
			assertThat(count("SELECT COUNT(*) FROM aid_member WHERE id_number_bidx = '" + crypto.blindIndex(id) + "'"))
				.isEqualTo(1);
			assertThat(count(
					"SELECT COUNT(*) FROM aid_open_person WHERE id_number_bidx = '" + crypto.blindIndex(id) + "'"))
				.isEqualTo(1);
		}
	}

	private long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

}
