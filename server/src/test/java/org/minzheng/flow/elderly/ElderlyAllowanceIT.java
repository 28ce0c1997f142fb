package org.minzheng.flow.elderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.elderly.PopulationMessage.Kind;
import org.minzheng.flow.elderly.PopulationMessage.Outcome;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess;
import org.minzheng.flow.processes.elderly.ElderlyAllowanceProcess.UnclearReason;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 高龄津贴 on the whole application: 1,000 simulated birthday messages (some unclear) split
 * between the rule (秒批) and the street clerks as the messages say, drained by the job
 * executor without a retry or an incident, and a repeated message changes nothing; a lost
 * message is opened by the monthly reconciliation; a death stops payment from the next
 * month's roster.
 */
@ApplicationTest
class ElderlyAllowanceIT {

	static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	static final List<String> STREETS = List.of("440308001", "440308002", "440308003", "440308004");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	SimulatedPopulationFeed feed;

	@Autowired
	Reconciliation reconciliation;

	@Autowired
	ManagementService management;

	@Autowired
	RuntimeService runtime;

	@Autowired
	TaskService tasks;

	static LocalDate today() {
		return LocalDate.now(BEIJING);
	}

	/** A resident who reaches 80 today (or {@code daysAgo} days ago). */
	static PopulationMessage birthday(String messageId, String region, int daysAgo, int sequence, String street,
			String name, String bankAccount) {
		LocalDate reached = today().minusDays(daysAgo);
		LocalDate birth = reached.minusYears(80);
		return new PopulationMessage(messageId, Kind.REACHED_80,
				SimulatedPopulationFeed.idNumber(region, birth, sequence), name, birth, reached, street, bankAccount,
				"13800138000", false);
	}

	@Test
	void aThousandBirthdaysSplitBetweenTheRuleAndTheStreetClerksOnceEach() {
		String run = "T" + System.nanoTime() % 1_000_000;
		List<PopulationMessage> messages = new ArrayList<>();
		Map<UnclearReason, Integer> unclear = new EnumMap<>(UnclearReason.class);
		int clear = 0;
		for (int i = 0; i < 1000; i++) {
			boolean conflicting = i % 40 == 2;
			boolean mismatch = i % 25 == 1;
			boolean noAccount = i % 20 == 0;
			// the registry answers by the number: 4403… is a Shenzhen hukou, 4413… is not
			String region = conflicting ? "441302" : "440308";
			String name = mismatch ? "张冒" + i : "李秀" + i;
			String account = noAccount ? null : "6222020200" + String.format("%08d", i);
			// 5 birth days × 200 sequences: 1,000 different residents
			messages.add(birthday(run + "-" + i, region, i % 5, 100 + i / 5, STREETS.get(i % 4), name, account));
			UnclearReason reason = conflicting ? UnclearReason.CONFLICTING_RECORDS
					: mismatch ? UnclearReason.NAME_MISMATCH : noAccount ? UnclearReason.MISSING_BANK_ACCOUNT : null;
			if (reason == null) {
				clear++;
			}
			else {
				unclear.merge(reason, 1, Integer::sum);
			}
		}
		int staff = unclear.values().stream().mapToInt(Integer::intValue).sum();
		assertThat(clear).isBetween(800, 950);
		assertThat(unclear).hasSize(3);

		Instant sent = Instant.now();
		for (PopulationMessage message : messages) {
			assertThat(feed.emit(message)).as(message.messageId()).isEqualTo(Outcome.OPENED);
		}
		Duration delivery = Duration.between(sent, Instant.now());
		// the registry delivers some messages twice: nothing changes
		for (int i = 0; i < 1000; i += 97) {
			assertThat(feed.emit(messages.get(i))).isEqualTo(Outcome.DUPLICATE);
		}
		assertThat(count("SELECT COUNT(*) FROM elderly_registry_message WHERE message_id LIKE ?", run + "-%"))
			.isEqualTo(1000);
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ?", run + "-%")).isEqualTo(1000);

		// one job per case, drained by the job executor
		Instant start = Instant.now();
		await("every case of " + run + " decided", Duration.ofMinutes(10),
				() -> count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND status = 'RECEIVED'",
						run + "-%") == 0);
		Duration decided = Duration.between(start, Instant.now());
		System.out.printf("elderly: 1000 messages delivered in %d ms, decided by the job executor in %d ms%n",
				delivery.toMillis(), decided.toMillis());

		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND status = 'GRANTED'"
				+ " AND decided_by = 'RULE'", run + "-%"))
			.isEqualTo(clear);
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND status = 'PENDING_STAFF'",
				run + "-%"))
			.isEqualTo(staff);
		unclear
			.forEach((reason,
					n) -> assertThat(count(
							"SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND unclear_reason = ?",
							run + "-%", reason.name()))
						.as(reason.name())
						.isEqualTo(((Number) n).longValue()));
		// every decision records its inputs and the decision's version
		assertThat(count(
				"SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND (decision_version"
						+ " NOT LIKE 'Decision_ElderlyAllowance v%' OR decision_inputs NOT LIKE '%\"age\":80%')",
				run + "-%"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND status = 'GRANTED'"
				+ " AND monthly_amount_fen = 20000", run + "-%"))
			.isEqualTo(clear);
		// the unclear ones wait in their street clerk's inbox, once each
		long clerkTasks = tasks.createTaskQuery()
			.processDefinitionKey(ElderlyAllowanceProcess.PROCESS_KEY)
			.taskDefinitionKey(ElderlyAllowanceProcess.TASK_CLERK_REVIEW)
			.processInstanceBusinessKeyLike("GL-%")
			.count();
		assertThat(clerkTasks).isGreaterThanOrEqualTo(staff);
		// no job failed or was retried, nothing left for an administrator
		assertThat(management.createJobQuery()
			.processDefinitionKey(ElderlyAllowanceProcess.PROCESS_KEY)
			.withException()
			.count()).isZero();
		assertThat(runtime.createIncidentQuery().processDefinitionKeyIn(ElderlyAllowanceProcess.PROCESS_KEY).count())
			.isZero();
		// each resident granted by rule had a text
		assertThat(count("SELECT COUNT(*) FROM elderly_sms s JOIN elderly_allowance a ON a.case_no = s.case_no"
				+ " WHERE a.message_id LIKE ? AND a.status = 'GRANTED'", run + "-%"))
			.isEqualTo(clear);

		// a repeated message after the decision still changes nothing
		assertThat(feed.emit(messages.get(3))).isEqualTo(Outcome.DUPLICATE);
		// a second message about a resident with a case (another id): no second case
		PopulationMessage again = messages.get(5);
		assertThat(feed.emit(new PopulationMessage(run + "-again", again.kind(), again.idNumber(), again.name(),
				again.birthDate(), again.eventDate(), again.streetCode(), again.bankAccount(), again.phone(), false)))
			.isEqualTo(Outcome.ALREADY_OPEN);
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ?", run + "-%")).isEqualTo(1000);

		// the supervisor's figures count them
		JsonNode figures = ApiSession.login(port, "city-supervisor")
			.get("/api/elderly/figures?unit=440300")
			.expect(200)
			.json();
		assertThat(figures.path("grantedByRule").asLong()).isGreaterThanOrEqualTo(clear);
		assertThat(figures.path("pending").asLong()).isGreaterThanOrEqualTo(staff);
	}

	@Test
	void theMonthlyReconciliationOpensTheCasesWhoseMessageWasLost() {
		String run = "R" + System.nanoTime() % 1_000_000;
		PopulationMessage delivered = birthday(run + "-1", "440308", 0, 901, "440308003", "王五", "6222020200123456");
		PopulationMessage lost = birthday(run + "-2", "440308", 0, 902, "440308003", "赵六", "6222020200654321");
		assertThat(feed.emit(delivered)).isEqualTo(Outcome.OPENED);
		feed.announce(lost);
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ?", run + "-%")).isOne();

		assertThat(reconciliation.reconcile(YearMonth.from(lost.eventDate()))).isGreaterThanOrEqualTo(1);
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id = ?", "RC:" + run + "-2")).isOne();
		// again: nothing more
		assertThat(reconciliation.reconcile(YearMonth.from(lost.eventDate()))).isZero();
		assertThat(count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id IN (?, ?, ?)", run + "-1", run + "-2",
				"RC:" + run + "-2"))
			.isEqualTo(2);
	}

	@Test
	void aDeathStopsPaymentFromTheNextMonthsRoster() {
		String run = "D" + System.nanoTime() % 1_000_000;
		PopulationMessage reached = birthday(run + "-1", "440308", 0, 951, "440308003", "孙七", "6222020200111111");
		PopulationMessage reachedToo = birthday(run + "-2", "440308", 0, 952, "440308003", "周八", "6222020200222222");
		assertThat(feed.emit(reached)).isEqualTo(Outcome.OPENED);
		assertThat(feed.emit(reachedToo)).isEqualTo(Outcome.OPENED);
		String caseNo = caseOf(run + "-1");
		String otherNo = caseOf(run + "-2");
		await("both granted", Duration.ofMinutes(2),
				() -> count("SELECT COUNT(*) FROM elderly_allowance WHERE message_id LIKE ? AND status = 'GRANTED'",
						run + "-%") == 2);
		// paid from the month after the 80th birthday
		YearMonth first = YearMonth.from(reached.eventDate()).plusMonths(1);
		ApiSession approver = ApiSession.login(port, "yt-elderly-approver");
		JsonNode roster = roster(approver, first);
		assertThat(row(roster, caseNo).path("amountFen").asLong()).isEqualTo(20000);
		assertThat(row(roster, caseNo).path("change").asText()).isEqualTo("NEW");

		// died in the first paid month: that month is paid, the next is not
		PopulationMessage death = new PopulationMessage(run + "-death", Kind.DEATH, reached.idNumber(), null, null,
				first.atDay(10), null, null, null, false);
		assertThat(feed.emit(death)).isEqualTo(Outcome.STOPPED);
		assertThat(feed.emit(death)).isEqualTo(Outcome.DUPLICATE);
		assertThat(jdbc.queryForObject("SELECT status FROM elderly_allowance WHERE case_no = ?", String.class, caseNo))
			.isEqualTo("STOPPED");

		JsonNode paid = roster(approver, first);
		assertThat(row(paid, caseNo).path("amountFen").asLong()).isEqualTo(20000);
		JsonNode next = roster(approver, first.plusMonths(1));
		assertThat(row(next, caseNo).path("change").asText()).isEqualTo("STOPPED");
		assertThat(row(next, caseNo).path("amountFen").asLong()).isZero();
		assertThat(row(next, otherNo).path("amountFen").asLong()).isEqualTo(20000);
		assertThat(row(next, otherNo).path("change").asText()).isEqualTo("UNCHANGED");
		JsonNode later = roster(approver, first.plusMonths(2));
		assertThat(later.path("rows").findValuesAsText("caseNo")).doesNotContain(caseNo).contains(otherNo);

		// a second death message about the same resident (another id) stops nothing more
		assertThat(feed.emit(new PopulationMessage(run + "-death2", Kind.DEATH, reached.idNumber(), null, null,
				first.atDay(12), null, null, null, false)))
			.isEqualTo(Outcome.NOTHING_TO_STOP);
		JsonNode page = ApiSession.login(port, "yt-shatoujiao-elderly-clerk")
			.get("/api/elderly/allowances/" + caseNo)
			.expect(200)
			.json();
		assertThat(page.path("status").asText()).isEqualTo("STOPPED");
		assertThat(page.path("payUntil").asText()).isEqualTo(first.toString());
		assertThat(page.path("decisionVersion").asText()).startsWith("Decision_ElderlyAllowance v");
	}

	JsonNode roster(ApiSession session, YearMonth month) {
		return session.get("/api/elderly/roster?unit=440308&month=" + month).expect(200).json();
	}

	static JsonNode row(JsonNode roster, String caseNo) {
		for (JsonNode row : roster.path("rows")) {
			if (row.path("caseNo").asText().equals(caseNo)) {
				return row;
			}
		}
		throw new AssertionError(caseNo + " not on the roster of " + roster.path("month").asText());
	}

	String caseOf(String messageId) {
		return jdbc.queryForObject("SELECT case_no FROM elderly_allowance WHERE message_id = ?", String.class,
				messageId);
	}

	long count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Long.class, args);
	}

	static void await(String what, Duration patience, BooleanSupplier condition) {
		Instant until = Instant.now().plus(patience);
		while (!condition.getAsBoolean()) {
			if (Instant.now().isAfter(until)) {
				throw new AssertionError("timed out waiting until " + what);
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
		}
	}

}
