package org.minzheng.flow.security;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.CitizenIdNumber;
import org.minzheng.flow.shared.CryptoProperties;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.minzheng.flow.shared.StartupLock;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.minzheng.flow.support.CaseFilings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal identifiers at rest (issue 20 item 3): nothing of a person's ID number in
 * clear in our tables after filing a case in every chain, search by ID number still an
 * index lookup, a full view audited and a masked one not, the reveal refused to whoever
 * does not handle the case, and key rotation by the start-up pass.
 */
@ApplicationTest
class PersonalDataAtRestIT {

	private static final Pattern ID_SHAPED = Pattern.compile("(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	StartupLock lock;

	@Autowired
	AuditTrail audit;

	@Autowired
	PersonalDataCrypto crypto;

	@Autowired
	Environment environment;

	@Test
	void noIdNumberOfAPersonIsStoredInClearAfterFilingInEveryChain() {
		CaseFilings.oneInEachChain(port, jdbc);
		String aidId = AidFixtures.idNumber("440308", "19620304");
		ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/applications", AidFixtures.application("440308001", "区明查", aidId))
			.expect(201);
		String temporaryId = AidFixtures.idNumber("440308", "19700101");
		ApiSession.login(port, "yt-meisha-clerk").post("/api/aid/temporary", emergency(temporaryId)).expect(201);

		// fixtures of other tests in this context write some rows by SQL, in clear, as an
		// upgraded database holds
		// them: the start-up pass seals those (the rows filed here through the API are
		// sealed already)
		new PersonalDataAtRest(jdbc, transactions, crypto, lock, audit).run();
		List<String> found = scan(List.of(aidId, temporaryId));

		assertThat(found).as("ID numbers in clear").isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM aid_member WHERE id_number_bidx = ?", Long.class,
				crypto.blindIndex(aidId)))
			.isEqualTo(1);
	}

	@Test
	void searchByIdNumberFindsTheCaseThroughTheBlindIndex() {
		String id = AidFixtures.idNumber("440308", "19630405");
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk.post("/api/aid/applications", AidFixtures.application("440308001", "区明搜", id))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();

		// the case search
		var page = clerk.get("/api/cases?q=" + id).expect(200).json();
		assertThat(page.path("items")).hasSize(1);
		assertThat(page.path("items").get(0).path("caseNo").asText()).isEqualTo(no);
		assertThat(page.path("items").get(0).path("partyId").asText()).isEqualTo(CitizenIdNumber.of(id).masked());
		// the inbox filter
		org.minzheng.flow.support.AidFlows.await("the task is in the inbox",
				() -> clerk.get("/api/inbox?applicant=" + id).expect(200).body().contains(no));
		assertThat(clerk.get("/api/inbox?applicant=" + id).body()).doesNotContain(id);
		// the duplicate check: one open application per person
		var duplicate = clerk.post("/api/aid/applications", AidFixtures.application("440308001", "区明搜", id));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.body()).contains(no).doesNotContain(id);

		if (mariaDb()) {
			String index = crypto.blindIndex(id);
			assertUsesIndex("SELECT task_id FROM work_item WHERE applicant_id_bidx = ?", index);
			assertUsesIndex("SELECT case_no FROM case_index WHERE party_id = ?", index);
			assertUsesIndex("SELECT id FROM aid_member WHERE id_number_bidx = ?", index);
			assertUsesIndex("SELECT application_no FROM aid_open_person WHERE id_number_bidx = ?", index);
		}
	}

	@Test
	void aFullViewIsAuditedAndAMaskedViewIsNot() {
		String id = AidFixtures.idNumber("440308", "19640506");
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk.post("/api/aid/applications", AidFixtures.application("440308001", "区明看", id))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();

		var detail = clerk.get("/api/cases/" + no).expect(200);
		assertThat(detail.body()).doesNotContain(id);
		assertThat(detail.json().path("mayReveal").asBoolean()).isTrue();
		assertThat(revealed(no)).isZero();

		var full = clerk
			.post("/api/cases/" + no + "/personal-data/reveal", Map.of("field", "partyId", "reason", "核对材料"))
			.expect(200)
			.json();
		assertThat(full.path("fields").get(0).path("value").asText()).isEqualTo(id);
		assertThat(revealed(no)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT actor FROM audit_event WHERE case_ref = ? AND action = ?", String.class,
				no, "PERSONAL_DATA_REVEALED"))
			.isEqualTo("yt-meisha-clerk");
		// all personal identifiers of the case at once (the household's members)
		var all = clerk.post("/api/cases/" + no + "/personal-data/reveal", Map.of()).expect(200).json();
		assertThat(all.path("fields").size()).isGreaterThan(1);
		// each one holds an identifier masking hides (no amount line naming a member)
		all.path("fields")
			.forEach(f -> assertThat(f.path("value").asText()).as(f.path("label").asText())
				.matches("(?s).*(\\d{17}[\\dXx]|1\\d{10}).*"));
		assertThat(revealed(no)).isEqualTo(2);
		// the auditor sees who looked, on the case's timeline
		var timeline = ApiSession.login(port, "yt-auditor").get("/api/cases/" + no + "/timeline").expect(200);
		assertThat(timeline.body()).contains("查看完整个人信息").doesNotContain(id);
		assertThat(ApiSession.login(port, "yt-auditor")
			.get("/api/cases/" + no)
			.expect(200)
			.json()
			.path("mayReveal")
			.asBoolean()).isFalse();
	}

	@Test
	void revealIsRefusedWithoutAHintToWhoeverDoesNotHandleTheCase() {
		String id = AidFixtures.idNumber("440308", "19650607");
		String no = ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/applications", AidFixtures.application("440308001", "区明拒", id))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		String missing = no.substring(0, no.length() - 3) + "999";
		for (String user : List.of("yt-lottery-clerk", "yt-yantian-clerk", "ft-yuanling-clerk", "yt-auditor",
				"city-auditor", "so-su-sports", "city-process-owner")) {
			ApiSession session = ApiSession.login(port, user);
			var refused = session.post("/api/cases/" + no + "/personal-data/reveal", Map.of("field", "partyId"));
			var absent = session.post("/api/cases/" + missing + "/personal-data/reveal", Map.of("field", "partyId"));
			assertThat(refused.status()).as(user).isIn(403, 404);
			if (user.endsWith("-auditor")) {
				// an auditor who reads the case anyway is told that auditors only read,
				// as for every write
				assertThat(refused.code()).as(user).isEqualTo("READ_ONLY");
			}
			else {
				// anyone else learns nothing: the same answer as for a case that does not
				// exist
				assertThat(refused.status()).as(user).isEqualTo(absent.status());
				assertThat(refused.code()).as(user).isEqualTo(absent.code());
			}
			assertThat(refused.body()).as(user).doesNotContain(id).doesNotContain("区明拒");
		}
		assertThat(revealed(no)).isZero();
	}

	@Test
	void rotationRewritesRowsSealedUnderTheOldKeyAndAnUpgradedDatabaseIsSealedAtStart() {
		String id = AidFixtures.idNumber("440308", "19660708");
		String no = ApiSession.login(port, "yt-meisha-clerk")
			.post("/api/aid/applications", AidFixtures.application("440308001", "区明转", id))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		long member = jdbc.queryForObject("SELECT id FROM aid_member WHERE id_number_bidx = ?", Long.class,
				crypto.blindIndex(id));
		assertThat(stored(member)).startsWith("v1:");

		String v1 = environment.getProperty("minzheng.crypto.keys.v1");
		String index = environment.getProperty("minzheng.crypto.blind-index-key");
		String v2 = Base64.getEncoder().encodeToString("rotation-test-key-v2-rotation-v2".getBytes());
		PersonalDataCrypto rotated = new PersonalDataCrypto(
				new CryptoProperties(Map.of("v1", v1, "v2", v2), "v2", index), false);
		assertThat(rotated.open(stored(member))).isEqualTo(id);
		Map<String, Integer> counts = new PersonalDataAtRest(jdbc, transactions, rotated, lock, audit).run();
		assertThat(counts).containsKey("aid_member.id_number");
		assertThat(stored(member)).startsWith("v2:");
		assertThat(rotated.open(stored(member))).isEqualTo(id);
		assertThat(jdbc.queryForObject("SELECT id_number_bidx FROM aid_member WHERE id = ?", String.class, member))
			.isEqualTo(crypto.blindIndex(id));
		assertThat(new PersonalDataAtRest(jdbc, transactions, rotated, lock, audit).run()).isEmpty();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'PERSONAL_DATA_RESEALED'",
				Long.class))
			.isPositive();

		// back to v1 for the other tests of this context, and a row as an upgraded
		// database holds it
		new PersonalDataAtRest(jdbc, transactions,
				new PersonalDataCrypto(new CryptoProperties(Map.of("v1", v1, "v2", v2), "v1", index), false), lock,
				audit)
			.run();
		jdbc.update("UPDATE aid_member SET id_number = ?, id_number_bidx = NULL WHERE id = ?", id, member);
		new PersonalDataAtRest(jdbc, transactions, crypto, lock, audit).run();
		assertThat(stored(member)).startsWith("v1:");
		assertThat(crypto.open(stored(member))).isEqualTo(id);
		assertThat(jdbc.queryForObject("SELECT id_number_bidx FROM aid_member WHERE id = ?", String.class, member))
			.isEqualTo(crypto.blindIndex(id));
		ApiSession.login(port, "yt-meisha-clerk").get("/api/cases/" + no).expect(200);
	}

	private String stored(long member) {
		return jdbc.queryForObject("SELECT id_number FROM aid_member WHERE id = ?", String.class, member);
	}

	private long revealed(String caseNo) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE case_ref = ? AND action = ?", Long.class,
				caseNo, "PERSONAL_DATA_REVEALED");
	}

	private boolean mariaDb() {
		return jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName())
			.toLowerCase()
			.matches(".*(mysql|mariadb).*");
	}

	private void assertUsesIndex(String sql, String value) {
		Map<String, Object> plan = jdbc.queryForList("EXPLAIN " + sql, value).get(0);
		assertThat(plan.get("key")).as(sql + " uses an index: " + plan).isNotNull();
		assertThat(String.valueOf(plan.get("type"))).as(sql + ": " + plan).isIn("ref", "const", "eq_ref");
	}

	/**
	 * Every text column of our tables (the engine's variable tables too), for values
	 * shaped like a citizen ID number with a valid check digit, and the known numbers.
	 */
	private List<String> scan(List<String> known) {
		boolean maria = mariaDb();
		List<Map<String, Object>> columns = jdbc.queryForList(maria
				? "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = DATABASE() "
						+ "AND data_type IN ('char', 'varchar', 'text', 'tinytext', 'mediumtext', 'longtext')"
				: "SELECT table_name AS t, column_name AS c FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
						+ "AND data_type IN ('CHARACTER', 'CHARACTER VARYING', 'CHARACTER LARGE OBJECT')");
		List<String> found = new ArrayList<>();
		for (Map<String, Object> column : columns) {
			String table = (String) column.get("t");
			String name = (String) column.get("c");
			String upper = table.toUpperCase();
			if (upper.startsWith("ACT_") && !upper.equals("ACT_RU_VARIABLE") && !upper.equals("ACT_HI_VARINST")) {
				continue;
			}
			for (String value : jdbc.queryForList(
					"SELECT " + name + " FROM " + table + " WHERE " + name + " IS NOT NULL AND " + name + " <> ''",
					String.class)) {
				Matcher m = ID_SHAPED.matcher(value);
				while (m.find()) {
					if (CitizenIdNumber.problem(m.group()).isEmpty()) {
						found.add(table + "." + name + ": " + CitizenIdNumber.of(m.group()).masked());
					}
				}
				for (String k : known) {
					if (value.contains(k)) {
						found.add(table + "." + name + ": known " + CitizenIdNumber.of(k).masked());
					}
				}
			}
		}
		return found;
	}

	static Map<String, Object> emergency(String idNumber) {
		Map<String, Object> request = new HashMap<>();
		request.put("kind", "EMERGENCY");
		request.put("personName", "张查扫");
		request.put("idNumber", idNumber);
		request.put("householdSize", 3);
		request.put("address", "梅沙街道测试路 18 号");
		request.put("eventType", "ACCIDENT");
		request.put("eventDate", java.time.LocalDate.now().minusDays(1).toString());
		request.put("eventDescription", "家中失火，衣物家具烧毁");
		request.put("amountFen", 50000L);
		return request;
	}

}
