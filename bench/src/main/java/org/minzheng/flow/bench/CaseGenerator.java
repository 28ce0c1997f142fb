package org.minzheng.flow.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.minzheng.flow.aid.AidApplication;
import org.minzheng.flow.aid.AidApplicationService;
import org.minzheng.flow.aid.BenefitType;
import org.minzheng.flow.aid.SubmitApplication;
import org.minzheng.flow.security.StaffUser;
import org.minzheng.flow.shared.PersonalDataCrypto;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Open 低保 cases spread over every street, made through the production path (the
 * application service starts the engine process; the task listener writes the work item).
 * Realistic names, 4-byte characters included, and valid ID numbers. Due dates are spread
 * over overdue, due soon and later, one second apart so that both sides order the same
 * way.
 *
 * <p>
 * Only for the benchmark database: each process instance also gets {@code applicantName}
 * and {@code applicantIdNumber} variables, which is how a plain Camunda application would
 * make its inbox filterable. MinZheng Flow itself never puts personal data into engine
 * variables.
 */
public final class CaseGenerator {

	static final String[] SURNAMES = { "张", "王", "李", "赵", "陈", "刘", "杨", "黄", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
			"何", "林", "罗", "欧阳" };

	static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超",
			"秀英", "𠮷", "䶮", "堃", "喆", "昇", "珺" };

	private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };

	private final BenchApplication app;

	private final Random random = new Random(20261122L);

	public CaseGenerator(BenchApplication app) {
		this.app = app;
	}

	/** One clerk per street (bench-clerk-440308001 …), created when missing. */
	public List<String> streets() {
		JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
		List<String> streets = jdbc.queryForList("SELECT code FROM org_unit WHERE level = 'STREET' ORDER BY code",
				String.class);
		String hash = app.bean(PasswordEncoder.class).encode("bench");
		for (String street : streets) {
			String username = clerk(street);
			if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) == 0) {
				jdbc.update(
						"INSERT INTO app_user (username, display_name, password_hash, user_kind, enabled, failed_attempts, "
								+ "created_at) VALUES (?, ?, ?, 'STAFF', TRUE, 0, NOW(3))",
						username, username, hash);
				jdbc.update(
						"INSERT INTO role_assignment (user_id, business_line, role, org_unit_code) SELECT id, 'aid', 'CLERK', ? FROM app_user "
								+ "WHERE username = ?",
						street, username);
			}
		}
		return streets;
	}

	public static String clerk(String street) {
		return "bench-clerk-" + street;
	}

	/**
	 * Creates {@code count} open cases, round-robin over the streets, in transactions of
	 * 100.
	 */
	public void generate(int count, List<String> streets) {
		generate(0, count, streets, 1);
	}

	/**
	 * Creates {@code count} open cases numbered from {@code first} (a later run goes on
	 * after the cases already there, so that due dates stay distinct), round-robin over
	 * the streets, in transactions of 100 spread over {@code threads} threads.
	 */
	public void generate(int first, int count, List<String> streets, int threads) {
		UserDetailsService users = app.bean(UserDetailsService.class);
		List<StaffUser> clerks = streets.stream().map(s -> (StaffUser) users.loadUserByUsername(clerk(s))).toList();
		AidApplicationService applications = app.bean(AidApplicationService.class);
		RuntimeService runtime = app.bean(RuntimeService.class);
		TaskService tasks = app.bean(TaskService.class);
		TransactionTemplate transactions = app.bean(TransactionTemplate.class);
		// the earlier run's base is earlier: base + first + i never meets its base + j
		Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		AtomicInteger next = new AtomicInteger();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		Runnable worker = () -> {
			try {
				work(first, count, streets, clerks, applications, runtime, tasks, transactions, base, next);
			}
			catch (RuntimeException ex) {
				failure.compareAndSet(null, ex);
			}
		};
		List<Thread> running = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			Thread thread = new Thread(worker, "case-generator-" + t);
			thread.start();
			running.add(thread);
		}
		for (Thread thread : running) {
			try {
				thread.join();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		if (failure.get() != null) {
			throw failure.get();
		}
	}

	private void work(int first, int count, List<String> streets, List<StaffUser> clerks,
			AidApplicationService applications, RuntimeService runtime, TaskService tasks,
			TransactionTemplate transactions, Instant base, AtomicInteger next) {
		for (int from = next.getAndAdd(100); from < count; from = next.getAndAdd(100)) {
			int start = from;
			transactions.executeWithoutResult(status -> {
				for (int n = start; n < Math.min(start + 100, count); n++) {
					int i = first + n;
					String street = streets.get(i % streets.size());
					String name = name();
					String idNumber = idNumber(street.startsWith("44") ? street.substring(0, 6) : "440300", i);
					AidApplication application = applications.submit(request(street, name, idNumber),
							clerks.get(i % clerks.size()));
					runtime.setVariables(application.processInstanceId(),
							Map.of("applicantName", threeByteOnly(name), "applicantIdNumber", idNumber));
					Task task = tasks.createTaskQuery()
						.processInstanceId(application.processInstanceId())
						.singleResult();
					tasks.setDueDate(task.getId(), Date.from(due(base, i)));
				}
			});
		}
	}

	/**
	 * Camunda's MySQL tables are 3-byte utf8: a plain Camunda application cannot even
	 * store 张𠮷 in a variable ("Incorrect string value" from ACT_HI_VARINST.TEXT_). For
	 * its side of the benchmark, characters outside the Basic Multilingual Plane become
	 * U+FFFD; the name-prefix filters use BMP characters, so both sides still answer
	 * alike.
	 */
	static String threeByteOnly(String name) {
		StringBuilder out = new StringBuilder();
		name.codePoints().forEach(cp -> out.appendCodePoint(Character.isSupplementaryCodePoint(cp) ? 0xFFFD : cp));
		return out.toString();
	}

	/**
	 * Every tenth overdue, every tenth due within hours, the rest later; all distinct.
	 */
	static Instant due(Instant base, int i) {
		Instant at = switch (i % 10) {
			case 0 -> base.minus(Duration.ofDays(3));
			case 1 -> base.plus(Duration.ofHours(6));
			default -> base.plus(Duration.ofDays(5));
		};
		return at.plusSeconds(i);
	}

	private SubmitApplication request(String street, String name, String idNumber) {
		return new SubmitApplication(BenefitType.DIBAO, street, street, "深圳市某街道某社区 " + random.nextInt(200) + " 号",
				false, null, List.of(new SubmitApplication.Member(name, idNumber, SubmitApplication.Relation.APPLICANT,
						SubmitApplication.HukouStatus.SHENZHEN_HUKOU, true)));
	}

	String name() {
		String given = GIVEN[random.nextInt(GIVEN.length)]
				+ (random.nextBoolean() ? GIVEN[random.nextInt(GIVEN.length)] : "");
		return SURNAMES[random.nextInt(SURNAMES.length)] + given;
	}

	/**
	 * A valid random ID number (completed cases: no open application to collide with).
	 */
	String idNumber(String region) {
		return idNumber(region, random.nextInt(19_000_000));
	}

	/**
	 * A valid ID number, a different one for every case: the one-open-application rule
	 * refuses a number that is already applying (random numbers collided from about
	 * 12,000 cases on). The birth date walks 60 years in steps of 97 days (coprime to the
	 * span, so no date repeats), the sequence code 100–999 within a date.
	 */
	String idNumber(String region, int index) {
		java.time.LocalDate born = java.time.LocalDate.of(1940, 1, 1).plusDays((long) (index / 900) * 97 % 21900);
		String first17 = region + born.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
				+ String.format("%03d", 100 + index % 900);
		int sum = 0;
		for (int i = 0; i < 17; i++) {
			sum += (first17.charAt(i) - '0') * WEIGHTS[i];
		}
		return first17 + "10X98765432".charAt(sum % 11);
	}

	/** Sample applicants to filter by: a name prefix and some ID numbers of a street. */
	public static List<String> idNumbersOf(BenchApplication app, String street, int limit) {
		// work_item holds only the blind index: the numbers are the applicants', sealed
		// in aid_member
		PersonalDataCrypto crypto = app.bean(PersonalDataCrypto.class);
		return new ArrayList<>(app.bean(JdbcTemplate.class)
			.queryForList("SELECT m.id_number FROM work_item w JOIN aid_application a ON a.application_no = w.case_ref "
					+ "JOIN aid_member m ON m.id = a.applicant_member_id WHERE w.org_unit_code = ? ORDER BY w.task_id "
					+ "LIMIT ?", String.class, street, limit)
			.stream()
			.map(crypto::open)
			.toList());
	}

}
