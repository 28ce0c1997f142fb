package org.minzheng.flow.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Fuzzes every operation of the OpenAPI document ({@code /api/openapi}): schema-valid
 * bodies with random values, and mutations of them (wrong types, missing and extra
 * fields, hostile strings, numbers and dates, 20,000-element arrays, malformed and deeply
 * nested JSON, wrong content types), hostile path and query values, file cases for the
 * multipart operations, and each operation as a user unlikely to be allowed and as no
 * user at all.
 * <p>
 * For every answer: no 5xx, no stack trace in the body, and a 4xx is a
 * {@code application/problem+json} with a {@code code}. For the write operations the
 * hostile cases run first, each between two snapshots of the application's tables (row
 * count and checksum) and of the engine's runtime tables (row counts): a refused request
 * (4xx) that changed anything fails, naming the operation and the case. Then the valid
 * cases run (they may change data).
 * <p>
 * One exception to the ProblemDetail rule: a 400 for a path encoding Tomcat or Spring
 * Security's firewall refuse before any application code runs
 * ({@link #CONTAINER_REJECTED}) is counted, not failed. A hostile value that is accepted
 * (2xx) is listed in the report, not failed: which values the application refuses is the
 * global input rules' business; this test asks that nothing breaks.
 * <p>
 * Size and seed: {@code -Dfuzz.cases} hostile cases per operation (default
 * {@value #DEFAULT_CASES}, the size {@code ./mvnw verify} runs), {@code -Dfuzz.seed}
 * (default {@value #DEFAULT_SEED}; {@code random} for a fresh one, printed). The summary
 * goes to {@code target/fuzz-report.txt}. See docs/reliability.md, "Fuzzing the API".
 * <p>
 * Its valid cases change data as an administrator would (users disabled, holidays
 * imported, campaigns opened): it has a context and database of its own, never the one
 * the other ITs share.
 */
@ApplicationTest
@org.springframework.test.context.TestPropertySource(properties = "minzheng.test.context=fuzz")
class OpenApiFuzzIT {

	static final int DEFAULT_CASES = 8;

	static final long DEFAULT_SEED = 20260417L;

	/** The document must not shrink below this without the test noticing. */
	static final int MIN_OPERATIONS = 140;

	static final String JSON_TYPE = "application/json";

	/** Signed-in users the fuzzer acts as: never disabled or re-roled by a valid case. */
	static final Set<String> OWN_USERS = Set.of("city-admin", "city-process-owner", "city-supervisor", "city-auditor",
			"yt-admin", "yt-meisha-clerk", "yt-supervisor", "so-city-clerk", "ch-city-clerk", "ch-trustee-pc",
			"yt-lottery-clerk", "yt-cemetery-inspector", "cem-op-yt1", "so-su-sports", "city-process-owner-2");

	/** Strings no field should trip over (the issue's list). */
	static final List<String> HOSTILE_STRINGS = List.of("\ud800", "x\udc00y", "\u0000", "a\u0000b", "\u202Eabc",
			"\u3000\u3000\u3000", "", " ", "𠀀𪚥", "𠀀".repeat(200), "=1+1", "@SUM(1)", "+1-1", "-2+3",
			"=HYPERLINK(\"http://x\")", "长".repeat(100_000), "a".repeat(10_000), "'; DROP TABLE app_user; --",
			"<script>alert(1)</script>", "../../etc/passwd", "\u200B", "\r\n\t", "\uFEFF", "null", "%s%n");

	static final List<String> HOSTILE_NUMBERS = List.of("1E+30", "1E+100", "1.5", "1E-10", "-1", "0", "2147483648",
			"-2147483649", "9223372036854775808", "-9223372036854775809", "1e400", "-0.0", "0.1234567891234",
			"99999999999999999999.99");

	static final List<String> HOSTILE_DATES = List.of("+999999999-12-31", "-999999999-01-01", "0000-00-00",
			"2026-02-30", "9999-12-31", "0001-01-01", "1900-01-01", "2026-13-01", "20260101", "not a date",
			"2026-01-01T25:61:00", "2026-01-01T00:00:00+99:00", "+999999999-12-31T23:59:59");

	/** Path and query values: ids, case numbers, page numbers. */
	static final List<String> HOSTILE_PARAMS = List.of("-1", "0", "99999999999999999999", "9223372036854775807",
			"2147483648", "abc", "1.5", "1E+30", "\u0000", "𠀀𪚥", "\u202E1", "\u3000", "=1+1", "@SUM(1)", "..", "%",
			"a/b", "x".repeat(3000), "+999999999-12-31", " ", "null", "DB-440308-2026-999999");

	static final byte[] PNG = Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGNoaGgAAAMEAYFL09IQAAAAAElFTkSuQmCC");

	static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	/** What must never be in an error body: frames, exception names, SQL, JDK types. */
	static final List<String> LEAKS = List.of("at org.", "Exception", "SQL", "java.");

	/**
	 * Path encodings Tomcat or Spring Security's firewall refuse before any application
	 * code runs (an encoded NUL, slash, percent sign or backslash, a dot segment): their
	 * 400 is the container's own page or Spring Boot's error JSON, not a ProblemDetail.
	 * Counted and listed in the report, not failed (see docs/reliability.md).
	 */
	static final Pattern CONTAINER_REJECTED = Pattern.compile("%00|%2F|%25|%5C|%3B|/\\.\\.(/|\\?|$)");

	/** A stack frame, looked for in successful bodies (which echo user data). */
	static final Pattern FRAME = Pattern.compile("\\bat [\\w$.]+\\([\\w$]+\\.java:\\d+\\)");

	static final String CJK = "民政低保救助社会组织慈善公墓彩票审批受理街道盐田福田深圳市区镇村张王李赵刘陈杨黄周吴";

	static final String WIDE = "𠀀𪚥𠮷𡈽𤭢𧺆";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	private Random random;

	private JsonNode doc;

	private final Map<String, ApiSession> sessions = new HashMap<>();

	/** Values seen in answers, by field name: ids, numbers and codes for paths. */
	private final Map<String, Set<String>> seen = new TreeMap<>();

	/** The same, by the GET operation (path template) that answered them. */
	private final Map<String, Map<String, Set<String>>> seenAt = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private final Map<String, Integer> statuses = new TreeMap<>();

	private final Map<String, Integer> nonProblem4xx = new TreeMap<>();

	private final List<String> acceptedHostile = new ArrayList<>();

	private final Map<String, Integer> containerRejected = new TreeMap<>();

	/** Statuses by operation, for the report. */
	private final Map<String, Map<Integer, Integer>> byOperation = new TreeMap<>();

	/** What the valid cases got, by operation: how deep the fuzzer reaches. */
	private final Map<String, Map<String, Integer>> validOutcomes = new TreeMap<>();

	private long snapshotNanos;

	private int casesTried;

	private int writeCasesChecked;

	private int backgroundChanges;

	private List<String> appTables;

	private List<String> engineTables;

	@Test
	void everyOperationSurvivesValidAndHostileInput() throws Exception {
		long started = System.nanoTime();
		String seedProperty = System.getProperty("fuzz.seed", String.valueOf(DEFAULT_SEED));
		long seed = seedProperty.equals("random") ? new Random().nextLong() : Long.parseLong(seedProperty);
		int cases = Integer.getInteger("fuzz.cases", DEFAULT_CASES);
		random = new Random(seed);
		System.out.println("[fuzz] seed " + seed + " (-Dfuzz.seed), " + cases + " hostile cases per operation"
				+ " (-Dfuzz.cases)");

		ApiSession.Response document = as("city-admin").get("/api/openapi");
		assertThat(document.status()).isEqualTo(200);
		doc = document.json();
		List<Op> ops = operations();
		System.out.println("[fuzz] " + ops.size() + " operations in /api/openapi");
		assertThat(ops).as("operations in the OpenAPI document").hasSizeGreaterThanOrEqualTo(MIN_OPERATIONS);

		fixtures();
		harvest(ops);
		waitQuiet();
		assertThat(snapshot()).as("two snapshots of a quiet database").isEqualTo(snapshot());

		// refused first: each hostile case of a write operation between two snapshots
		for (Op op : ops) {
			for (Case c : hostileCases(op, cases)) {
				run(op, c, op.writes());
			}
		}
		// then the valid ones, which may change data
		List<Op> byDepth = new ArrayList<>(ops);
		byDepth.sort((a, b) -> Integer.compare(a.path.split("/").length, b.path.split("/").length));
		for (Op op : byDepth) {
			for (Case c : validCases(op, cases)) {
				run(op, c, false);
			}
		}

		long seconds = (System.nanoTime() - started) / 1_000_000_000L;
		Map<String, Integer> classes = new TreeMap<>();
		statuses.forEach((s, n) -> classes.merge(s.charAt(0) + "xx", n, Integer::sum));
		String summary = String.format(Locale.ROOT,
				"fuzz: %d operations, %d cases (%d hostile write cases checked for changes), seed %d, %d cases per"
						+ " operation, %d s; statuses %s; by class %s; 4xx without problem+json %s; 400 from the container for path"
						+ " encodings %s; hostile values accepted (2xx) %d; background changes retried %d; %d s in"
						+ " snapshots; failures %d",
				ops.size(), casesTried, writeCasesChecked, seed, cases, seconds, statuses, classes, nonProblem4xx,
				containerRejected, acceptedHostile.size(), backgroundChanges, snapshotNanos / 1_000_000_000L,
				failures.size());
		System.out.println("[fuzz] " + summary);
		StringBuilder report = new StringBuilder(summary).append('\n');
		report.append("\noperations:\n");
		ops.forEach(op -> report.append("  ")
			.append(op)
			.append(' ')
			.append(byOperation.getOrDefault(op.toString(), Map.of()))
			.append('\n'));
		report.append("\nvalid cases' answers by operation (status, code, field):\n");
		validOutcomes
			.forEach((op, outcomes) -> report.append("  ").append(op).append(' ').append(outcomes).append('\n'));
		report.append("\nhostile values accepted (2xx; not a failure here: see docs/reliability.md):\n");
		acceptedHostile.stream().limit(500).forEach(a -> report.append("  ").append(a).append('\n'));
		report.append("\nfailures:\n");
		failures.forEach(f -> report.append("  ").append(f).append('\n'));
		Files.createDirectories(Path.of("target"));
		Files.writeString(Path.of("target", "fuzz-report.txt"), report.toString());
		failures.stream().limit(40).forEach(f -> System.out.println("[fuzz] FAIL " + f));
		assertThat(failures).as("fuzzing failures (seed " + seed + "; all in target/fuzz-report.txt)").isEmpty();
	}

	// ------------------------------------------------------------------ the document

	record Param(String name, String in, JsonNode schema, boolean required) {
	}

	record Op(String method, String path, List<Param> params, String bodyType, JsonNode bodySchema) {

		boolean writes() {
			return !method.equals("GET");
		}

		boolean isPublic() {
			return path.startsWith("/api/public/");
		}

		@Override
		public String toString() {
			return method + " " + path;
		}

	}

	private List<Op> operations() {
		List<Op> ops = new ArrayList<>();
		doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
			String method = m.getKey().toUpperCase(Locale.ROOT);
			if (!Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
				return;
			}
			JsonNode operation = m.getValue();
			Map<String, Param> params = new LinkedHashMap<>();
			operation.path("parameters")
				.forEach(x -> params.put(x.path("name").asText(), new Param(x.path("name").asText(),
						x.path("in").asText(), resolve(x.path("schema")), x.path("required").asBoolean())));
			// a path variable the document forgot is still a path variable
			var variables = Pattern.compile("\\{([^}]+)}").matcher(p.getKey());
			while (variables.find()) {
				params.putIfAbsent(variables.group(1), new Param(variables.group(1), "path", doc.path("none"), true));
			}
			String bodyType = null;
			JsonNode bodySchema = null;
			Iterator<Map.Entry<String, JsonNode>> content = operation.path("requestBody").path("content").fields();
			if (content.hasNext()) {
				Map.Entry<String, JsonNode> first = content.next();
				bodyType = first.getKey();
				bodySchema = resolve(first.getValue().path("schema"));
			}
			ops.add(new Op(method, p.getKey(), List.copyOf(params.values()), bodyType, bodySchema));
		}));
		ops.sort((a, b) -> (a.path + a.method).compareTo(b.path + b.method));
		return ops;
	}

	private JsonNode resolve(JsonNode schema) {
		for (int i = 0; i < 10 && schema.has("$ref"); i++) {
			String ref = schema.path("$ref").asText();
			schema = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
		}
		return schema;
	}

	private static String type(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			for (JsonNode t : type) {
				if (!t.asText().equals("null")) {
					return t.asText();
				}
			}
		}
		if (type.isTextual()) {
			return type.asText();
		}
		if (schema.has("properties")) {
			return "object";
		}
		if (schema.has("items")) {
			return "array";
		}
		return "any";
	}

	// ------------------------------------------------------------------ who asks

	/** The demo user most likely to be allowed the operation. */
	static String allowedUser(Op op) {
		String p = op.path;
		if (p.startsWith("/api/aid/entrustments") || p.startsWith("/api/aid/approval-panels")) {
			return "yt-admin";
		}
		if (p.startsWith("/api/aid/") || p.startsWith("/api/cases") || p.startsWith("/api/tasks")
				|| p.startsWith("/api/inbox") || p.startsWith("/api/copies") || p.startsWith("/api/notifications")
				|| p.startsWith("/api/attachments")) {
			return "yt-meisha-clerk";
		}
		if (p.startsWith("/api/supervision") || p.startsWith("/api/incidents")) {
			return "city-supervisor";
		}
		if (p.startsWith("/api/audit")) {
			return "city-auditor";
		}
		if (p.startsWith("/api/process-admin")) {
			return "city-process-owner";
		}
		if (p.startsWith("/api/socialorg")) {
			return "so-city-clerk";
		}
		if (p.startsWith("/api/charity/trusts") && op.writes()) {
			return "ch-trustee-pc";
		}
		if (p.startsWith("/api/charity")) {
			return "ch-city-clerk";
		}
		if (p.startsWith("/api/lottery/areas") && op.writes() && !p.endsWith("/openings")) {
			return "yt-admin";
		}
		if (p.startsWith("/api/lottery/areas") && p.endsWith("/openings")) {
			return "yt-supervisor";
		}
		if (p.startsWith("/api/lottery")) {
			return "yt-lottery-clerk";
		}
		if (p.startsWith("/api/cemetery/checklists") && op.writes()) {
			return "city-process-owner";
		}
		if ((p.startsWith("/api/cemetery/campaigns") || p.startsWith("/api/cemetery/cemeteries")) && op.writes()) {
			return "yt-admin";
		}
		if (p.startsWith("/api/cemetery")) {
			return "yt-cemetery-inspector";
		}
		return "city-admin";
	}

	/** A demo user of another line or an external party: expected to be refused. */
	static String unlikelyUser(Op op) {
		return op.path.startsWith("/api/cemetery") ? "so-su-sports" : "cem-op-yt1";
	}

	private ApiSession as(String username) {
		return sessions.computeIfAbsent(username,
				u -> u.equals("anonymous") ? ApiSession.anonymous(port) : ApiSession.login(port, u));
	}

	// ------------------------------------------------------------------ cases

	/**
	 * One request: who sends it, the filled path and query, the body (null: none) and its
	 * content type.
	 */
	record Case(String name, String user, String path, String contentType, byte[] body, boolean hostile) {

		String describe() {
			String shown = body == null ? "-" : new String(body, StandardCharsets.UTF_8);
			if (shown.length() > 300) {
				shown = shown.substring(0, 300) + "…(" + body.length + " bytes)";
			}
			return name + " as " + user + ": " + abbreviate(path, 300) + " body " + shown;
		}

	}

	private List<Case> hostileCases(Op op, int count) {
		String user = op.isPublic() ? "anonymous" : allowedUser(op);
		List<Supplier<Case>> pool = new ArrayList<>();
		// hostile path and query values
		for (Param param : op.params) {
			for (String value : HOSTILE_PARAMS) {
				pool.add(() -> {
					Map<String, String> values = validParams(op);
					values.put(param.name, value);
					return new Case(param.in + " " + param.name + "=" + printable(value), user, url(op, values, true),
							op.bodyType, validBody(op), true);
				});
			}
			if (param.in.equals("query")) {
				for (String value : HOSTILE_NUMBERS) {
					pool.add(() -> {
						Map<String, String> values = validParams(op);
						values.put(param.name, value);
						return new Case("query " + param.name + "=" + value, user, url(op, values, true), op.bodyType,
								validBody(op), true);
					});
				}
			}
		}
		if (op.params.stream().anyMatch(p -> p.name.equals("page"))) {
			for (String[] paging : new String[][] { { "10737419", "200" }, { "-1", "20" }, { "0", "0" },
					{ "0", "100000" }, { "2147483647", "2147483647" }, { "1.5", "20" }, { "abc", "x" } }) {
				pool.add(() -> {
					Map<String, String> values = validParams(op);
					values.put("page", paging[0]);
					values.put("size", paging[1]);
					return new Case("page=" + paging[0] + "&size=" + paging[1], user, url(op, values, true), null, null,
							true);
				});
			}
		}
		// body mutations
		if (JSON_TYPE.equals(op.bodyType)) {
			Object sample = generate(op.bodySchema, 0, "");
			List<Leaf> leaves = new ArrayList<>();
			leaves(op.bodySchema, sample, new ArrayList<>(), leaves, 0);
			for (Leaf leaf : leaves) {
				for (Object wrong : wrongTypes(leaf.type)) {
					pool.add(() -> jsonCase(op, user, "wrong type " + leaf + "=" + shortJson(wrong), leaf, wrong));
				}
				List<String> hostile = switch (leaf.type) {
					case "string" -> leaf.format.startsWith("date") ? HOSTILE_DATES : HOSTILE_STRINGS;
					case "integer", "number" -> HOSTILE_NUMBERS;
					default -> List.of();
				};
				for (String value : hostile) {
					Object replacement = leaf.type.equals("string") ? value : new Raw(value);
					pool.add(() -> jsonCase(op, user, leaf + "=" + printable(value), leaf, replacement));
				}
				if (leaf.type.equals("array")) {
					pool.add(() -> {
						Object item = generate(resolve(leaf.schema.path("items")), 1, leaf.name);
						return jsonCase(op, user, leaf + " with 20,000 elements", leaf,
								Collections.nCopies(20_000, item));
					});
				}
				if (leaf.required) {
					pool.add(() -> jsonCase(op, user, "missing required " + leaf, leaf, Missing.INSTANCE));
				}
			}
			pool.add(() -> {
				Map<String, Object> body = asMap(generate(op.bodySchema, 0, ""));
				body.put("unexpectedField" + random.nextInt(100), "x");
				return new Case("extra field", user, url(op, validParams(op), false), JSON_TYPE, json(body), true);
			});
		}
		Collections.shuffle(pool, random);
		List<Case> cases = new ArrayList<>();
		pool.stream().limit(count).forEach(s -> cases.add(s.get()));
		// structural cases for every body, always
		String url = url(op, validParams(op), false);
		if (JSON_TYPE.equals(op.bodyType) || (op.writes() && op.bodyType == null)) {
			cases.add(raw(user, url, "malformed JSON", JSON_TYPE, "{\"a\": [1, 2,"));
			cases.add(raw(user, url, "empty body", JSON_TYPE, ""));
			cases.add(raw(user, url, "nested 5,000 deep", JSON_TYPE, "[".repeat(5000) + "]".repeat(5000)));
			cases.add(raw(user, url, "nested objects 2,000 deep", JSON_TYPE,
					"{\"a\":".repeat(2000) + "1" + "}".repeat(2000)));
			cases.add(raw(user, url, "JSON null", JSON_TYPE, "null"));
			cases.add(raw(user, url, "JSON array", JSON_TYPE, "[]"));
			cases.add(new Case("wrong content type text/plain", user, url, "text/plain",
					json(generate(op.bodySchema == null ? doc.path("none") : op.bodySchema, 0, "")), true));
			cases.add(raw(user, url, "wrong content type xml", "application/xml", "<a>1</a>"));
			cases.add(raw(user, url, "invalid UTF-8", JSON_TYPE, null));
		}
		if (op.bodyType != null && op.bodyType.startsWith("multipart/")) {
			cases.addAll(fileCases(op, user, url, true));
		}
		// the same valid request from users who should be refused
		if (!op.isPublic()) {
			cases.add(new Case("as an unlikely user", unlikelyUser(op), url, op.bodyType, validBody(op), true));
			cases.add(new Case("signed out", "anonymous", url, op.bodyType, validBody(op), true));
		}
		return cases;
	}

	private List<Case> validCases(Op op, int count) {
		String user = op.isPublic() ? "anonymous" : allowedUser(op);
		boolean varies = op.bodyType != null || !op.params.isEmpty();
		int n = varies ? Math.max(2, count / 3) : 1;
		List<Case> cases = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String as = i == 0 || random.nextInt(3) > 0 ? user : broadUser();
			if (op.bodyType != null && op.bodyType.startsWith("multipart/")) {
				cases.addAll(fileCases(op, as, url(op, validParams(op), false), false));
				break;
			}
			cases.add(new Case("valid #" + (i + 1), as, url(op, validParams(op), false), op.bodyType, validBody(op),
					false));
		}
		return cases;
	}

	private String broadUser() {
		List<String> broad = List.of("city-admin", "city-process-owner", "city-supervisor", "yt-admin",
				"yt-meisha-clerk", "so-city-clerk", "ch-city-clerk", "yt-lottery-clerk", "yt-cemetery-inspector",
				"city-auditor");
		return broad.get(random.nextInt(broad.size()));
	}

	private List<Case> fileCases(Op op, String user, String url, boolean hostile) {
		List<Case> cases = new ArrayList<>();
		if (op.path.startsWith("/api/admin/holidays")) {
			int year = LocalDate.now().getYear() + 1 + random.nextInt(3);
			cases.add(multipart(user, url, "holiday CSV", "file", "holidays.csv", "text/csv",
					("date,kind,name\n" + year + "-01-01,HOLIDAY,元旦\n").getBytes(StandardCharsets.UTF_8), hostile));
			if (hostile) {
				cases.add(multipart(user, url, "CSV with formulas", "file", "=1+1.csv", "text/csv",
						("date,kind,name\n=1+1,@SUM(1),𠀀𪚥\n" + year + "-02-30,HOLIDAY,\u202E\u0000\n")
							.getBytes(StandardCharsets.UTF_8),
						true));
				cases.add(multipart(user, url, "CSV of 20,000 lines", "file", "big.csv", "text/csv",
						("date,kind,name\n" + (year + "-01-01,HOLIDAY,元旦\n").repeat(20_000))
							.getBytes(StandardCharsets.UTF_8),
						true));
			}
		}
		else {
			cases.add(multipart(user, url, "PNG", "file", "现场照片𠀀.png", "image/png", PNG, hostile));
			if (!hostile) {
				cases.add(multipart(user, url, "PDF", "file", "材料.pdf", "application/pdf", PDF, false));
			}
		}
		if (hostile) {
			cases.add(multipart(user, url, "empty file", "file", "empty.pdf", "application/pdf", new byte[0], true));
			cases.add(multipart(user, url, "text named .png", "file", "a.png", "image/png",
					"=1+1,@SUM(1)".getBytes(StandardCharsets.UTF_8), true));
			cases.add(multipart(user, url, "hostile file name", "file", "\u202Egpj.exe\u0000𪚥" + "名".repeat(300),
					"application/pdf", PDF, true));
			cases.add(multipart(user, url, "wrong part name", "upload", "a.pdf", "application/pdf", PDF, true));
			cases.add(new Case("multipart without boundary", user, url, "multipart/form-data",
					"--x\r\n\r\n".getBytes(StandardCharsets.US_ASCII), true));
			cases.add(new Case("JSON instead of a file", user, url, JSON_TYPE,
					"{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8), true));
			cases.add(multipart(user, url, "6 MB file", "file", "big.pdf", "application/pdf",
					concat(PDF, new byte[6 * 1024 * 1024]), true));
		}
		return cases;
	}

	private static Case multipart(String user, String url, String name, String field, String fileName,
			String contentType, byte[] content, boolean hostile) {
		String boundary = "----mzffuzz" + Math.abs(fileName.hashCode());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Case("file: " + name, user, url, "multipart/form-data; boundary=" + boundary, body.toByteArray(),
				hostile);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] both = new byte[a.length + b.length];
		System.arraycopy(a, 0, both, 0, a.length);
		System.arraycopy(b, 0, both, a.length, b.length);
		return both;
	}

	private static Case raw(String user, String url, String name, String contentType, String body) {
		byte[] bytes = body == null ? new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xF0,
				(byte) 0x9F, '"', '}' } : body.getBytes(StandardCharsets.UTF_8);
		return new Case(name, user, url, contentType, bytes, true);
	}

	private Case jsonCase(Op op, String user, String name, Leaf leaf, Object replacement) {
		Object body = generate(op.bodySchema, 0, "");
		body = replace(body, leaf.path, 0, replacement);
		return new Case(name, user, url(op, validParams(op), false), JSON_TYPE, json(body), true);
	}

	private byte[] validBody(Op op) {
		if (op.bodyType == null) {
			return null;
		}
		if (op.bodyType.startsWith("multipart/")) {
			return multipart("", "", "", "file", "a.png", "image/png", PNG, false).body();
		}
		return json(generate(op.bodySchema, 0, ""));
	}

	// ------------------------------------------------------------------ values

	/** A JSON token written as is (numbers wider than any Java type). */
	record Raw(String token) {
	}

	/** Marks a field to leave out. */
	enum Missing {

		INSTANCE

	}

	/** A field (or the array of one) that mutations target. */
	record Leaf(List<Object> path, String name, String type, String format, JsonNode schema, boolean required) {

		@Override
		public String toString() {
			StringBuilder s = new StringBuilder();
			for (Object step : path) {
				s.append(step instanceof Integer i ? "[" + i + "]" : (s.isEmpty() ? "" : ".") + step);
			}
			return s.isEmpty() ? "(body)" : s.toString();
		}

	}

	private void leaves(JsonNode schema, Object value, List<Object> path, List<Leaf> into, int depth) {
		if (depth > 6) {
			return;
		}
		String type = type(schema);
		if (type.equals("object") && value instanceof Map<?, ?> map) {
			Set<String> required = new LinkedHashSet<>();
			schema.path("required").forEach(r -> required.add(r.asText()));
			schema.path("properties").fields().forEachRemaining(f -> {
				JsonNode field = resolve(f.getValue());
				List<Object> at = new ArrayList<>(path);
				at.add(f.getKey());
				String fieldType = type(field);
				into.add(new Leaf(at, f.getKey(), fieldType, field.path("format").asText(""), field,
						required.contains(f.getKey())));
				if (map.containsKey(f.getKey())) {
					leaves(field, map.get(f.getKey()), at, into, depth + 1);
				}
			});
		}
		else if (type.equals("array") && value instanceof List<?> list && !list.isEmpty()) {
			List<Object> at = new ArrayList<>(path);
			at.add(0);
			leaves(resolve(schema.path("items")), list.get(0), at, into, depth + 1);
		}
	}

	@SuppressWarnings("unchecked")
	private static Object replace(Object body, List<Object> path, int at, Object replacement) {
		if (at == path.size()) {
			return replacement;
		}
		Object step = path.get(at);
		if (step instanceof Integer index && body instanceof List<?> list && index < list.size()) {
			List<Object> copy = new ArrayList<>(list);
			copy.set(index, replace(copy.get(index), path, at + 1, replacement));
			return copy;
		}
		if (step instanceof String key && body instanceof Map<?, ?> map) {
			Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
			if (at + 1 == path.size() && replacement == Missing.INSTANCE) {
				copy.remove(key);
			}
			else {
				copy.put(key, replace(copy.get(key), path, at + 1, replacement));
			}
			return copy;
		}
		return body;
	}

	private static List<Object> wrongTypes(String type) {
		return switch (type) {
			case "string" -> List.of(new Raw("123"), true, List.of("a"), Map.of("a", 1));
			case "integer", "number" -> List.of("abc", "12", true, List.of(1), Map.of("a", 1));
			case "boolean" -> List.of("yes", new Raw("2"), List.of(true));
			case "array" -> List.of("x", Map.of("a", 1), new Raw("1"));
			case "object" -> List.of("x", List.of(1), new Raw("1"));
			default -> List.of();
		};
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(Object body) {
		return body instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<String, Object>) map) : new LinkedHashMap<>();
	}

	/** A type-correct value for the schema, made plausible by the field's name. */
	private Object generate(JsonNode schema, int depth, String name) {
		schema = resolve(schema);
		if (schema.has("enum") && schema.path("enum").size() > 0) {
			JsonNode values = schema.path("enum");
			return values.get(random.nextInt(values.size())).asText();
		}
		switch (type(schema)) {
			case "object" -> {
				Map<String, Object> object = new LinkedHashMap<>();
				Set<String> required = new LinkedHashSet<>();
				schema.path("required").forEach(r -> required.add(r.asText()));
				if (depth < 5) {
					for (Iterator<Map.Entry<String, JsonNode>> f = schema.path("properties").fields(); f.hasNext();) {
						Map.Entry<String, JsonNode> field = f.next();
						if (required.contains(field.getKey()) || random.nextInt(5) > 0) {
							object.put(field.getKey(), generate(field.getValue(), depth + 1, field.getKey()));
						}
					}
				}
				if (schema.path("additionalProperties").isObject() && !schema.has("properties")) {
					for (int i = random.nextInt(3); i > 0; i--) {
						object.put(pick(List.of("acceptanceDecision", "opinion", "reason", "decision", "note", "remark",
								"result")), word(1, 10));
					}
				}
				return object;
			}
			case "array" -> {
				int min = schema.path("minItems").asInt(0);
				int max = Math.min(schema.path("maxItems").asInt(3), 3);
				int n = Math.max(min, Math.min(max, 1 + random.nextInt(2)));
				List<Object> list = new ArrayList<>();
				for (int i = 0; i < n && depth < 5; i++) {
					list.add(generate(schema.path("items"), depth + 1, name));
				}
				return list;
			}
			case "integer" -> {
				return new Raw(String.valueOf(integer(schema, name)));
			}
			case "number" -> {
				long whole = integer(schema, name);
				return new Raw(whole + "." + random.nextInt(10) + random.nextInt(10));
			}
			case "boolean" -> {
				return random.nextBoolean();
			}
			case "string" -> {
				return string(schema, name);
			}
			default -> {
				return depth == 0 ? new LinkedHashMap<>() : word(1, 8);
			}
		}
	}

	private long integer(JsonNode schema, String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
		long max = schema.has("maximum") ? schema.path("maximum").asLong() : 1000;
		if (lower.equals("year")) {
			return LocalDate.now().getYear() + random.nextInt(2);
		}
		if (lower.endsWith("fen") || lower.endsWith("yuan")) {
			max = Math.min(max, 10_000_000);
		}
		Set<String> known = seen.get(name);
		if (known != null && !known.isEmpty() && random.nextBoolean()) {
			try {
				long value = Long.parseLong(pick(new ArrayList<>(known)));
				if (value >= min && value <= max) {
					return value;
				}
			}
			catch (NumberFormatException ex) {
				// not a number: a generated one instead
			}
		}
		return min + (long) (random.nextDouble() * (Math.min(max, min + 100_000) - min + 1));
	}

	private String string(JsonNode schema, String name) {
		String format = schema.path("format").asText("");
		String lower = name.toLowerCase(Locale.ROOT);
		LocalDate today = LocalDate.now();
		if (format.equals("date")) {
			return today.plusDays(random.nextInt(120) - 90).toString();
		}
		if (format.equals("date-time")) {
			return LocalDateTime.now().withNano(0).plusHours(random.nextInt(48) - 24).toString();
		}
		if (lower.endsWith("on") && (lower.contains("sign") || lower.contains("date"))) {
			return today.minusDays(random.nextInt(20)).toString();
		}
		if (lower.contains("idnumber")) {
			return AidFixtures.idNumber("440308",
					"19" + (50 + random.nextInt(40)) + "0" + (1 + random.nextInt(9)) + (10 + random.nextInt(18)));
		}
		if (lower.contains("uscc") || lower.contains("creditcode")) {
			String first17 = "5144030" + String.format("%010d", Math.abs(random.nextLong()) % 10_000_000_000L);
			return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
		}
		if (lower.equals("districtcode")) {
			return pick(List.of("440308", "440304", "440300"));
		}
		if (lower.contains("mobile") || lower.contains("phone")) {
			return "138" + String.format("%08d", random.nextInt(100_000_000));
		}
		if (schema.has("pattern") && schema.path("pattern").asText().equals("[0-9]{6}-[A-Z0-9]{1,8}")) {
			return "440308-F" + random.nextInt(10_000);
		}
		Set<String> known = seen.get(name);
		if (known == null && (lower.endsWith("code") || lower.endsWith("unit"))) {
			known = seen.get("code");
		}
		if (known != null && !known.isEmpty() && random.nextInt(4) > 0) {
			return pick(new ArrayList<>(known));
		}
		int min = schema.path("minLength").asInt(0);
		int max = Math.min(schema.path("maxLength").asInt(40), 40);
		return word(Math.max(min, 1), Math.max(Math.max(min, 1), max));
	}

	/**
	 * A random string of common and 4-byte CJK, digits and letters, {@code min} to
	 * {@code max} code points.
	 */
	private String word(int min, int max) {
		int length = min + random.nextInt(Math.max(1, Math.min(max, min + 12) - min + 1));
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < length; i++) {
			int kind = random.nextInt(10);
			if (kind < 6) {
				s.append(CJK.charAt(random.nextInt(CJK.length())));
			}
			else if (kind < 7) {
				int at = random.nextInt(WIDE.length() / 2) * 2;
				s.append(WIDE, at, at + 2);
			}
			else {
				s.append("abcdefghijkmnpqrstuvwxyz0123456789".charAt(random.nextInt(34)));
			}
		}
		return s.toString();
	}

	private <T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Path and query values likely to name something that exists. */
	private Map<String, String> validParams(Op op) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Param param : op.params) {
			if (param.in.equals("query") && !param.required && random.nextInt(3) == 0) {
				continue;
			}
			List<String> known = param.in.equals("path") ? knownAt(op, param.name) : known(param.name);
			String value;
			if (param.name.equals("page")) {
				value = String.valueOf(random.nextInt(3));
			}
			else if (param.name.equals("size") || param.name.equals("limit")) {
				value = String.valueOf(1 + random.nextInt(50));
			}
			else if (param.schema.has("enum")) {
				value = param.schema.path("enum").get(random.nextInt(param.schema.path("enum").size())).asText();
			}
			else if (!known.isEmpty()) {
				value = pick(known);
			}
			else if (type(param.schema).equals("integer")) {
				value = String.valueOf(integer(param.schema, param.name));
			}
			else if (type(param.schema).equals("boolean")) {
				value = String.valueOf(random.nextBoolean());
			}
			else {
				value = string(param.schema, param.name);
			}
			values.put(param.name, value);
		}
		return values;
	}

	/**
	 * For a path variable: the values the list the path extends answered (for
	 * {@code /api/charity/recognitions/{no}}: the {@code …No} of
	 * {@code GET /api/charity/recognitions}), else any seen under the name.
	 */
	private List<String> knownAt(Op op, String param) {
		String prefix = op.path.substring(0, Math.max(0, op.path.indexOf("{" + param + "}") - 1));
		Map<String, Set<String>> here = seenAt.getOrDefault(prefix, Map.of());
		Set<String> values = new LinkedHashSet<>(here.getOrDefault(param, Set.of()));
		if (values.isEmpty()) {
			String suffix = Character.toUpperCase(param.charAt(0)) + param.substring(1);
			here.forEach((k, v) -> {
				if (k.endsWith(suffix)) {
					values.addAll(v);
				}
			});
		}
		if (param.equals("username")) {
			values.removeAll(OWN_USERS);
		}
		return values.isEmpty() ? known(param) : new ArrayList<>(values);
	}

	/** Values seen in earlier answers for a parameter of this name. */
	private List<String> known(String param) {
		Set<String> values = new LinkedHashSet<>();
		List<String> names = switch (param) {
			case "caseRef" -> List.of("caseRef", "applicationNo");
			case "key" -> List.of("processKey", "key");
			case "state" -> List.of("creditState");
			case "from", "to", "definitionId" -> List.of("definitionId", "processDefinitionId");
			case "orgUnit", "registrar" -> List.of("orgUnitCode", "code");
			case "process" -> List.of("processKey");
			case "task" -> List.of("taskKey", "taskDefinitionKey");
			default -> List.of(param);
		};
		names.forEach(n -> values.addAll(seen.getOrDefault(n, Set.of())));
		if (values.isEmpty()) {
			String suffix = Character.toUpperCase(param.charAt(0)) + param.substring(1);
			seen.forEach((k, v) -> {
				if (k.endsWith(suffix)) {
					values.addAll(v);
				}
			});
		}
		if (param.equals("username")) {
			values.removeAll(OWN_USERS);
		}
		return new ArrayList<>(values);
	}

	private String url(Op op, Map<String, String> values, boolean hostile) {
		String path = op.path;
		StringBuilder query = new StringBuilder();
		for (Param param : op.params) {
			String value = values.get(param.name);
			if (param.in.equals("path")) {
				path = path.replace("{" + param.name + "}", encode(value == null ? "x" : value));
			}
			else if (value != null && param.in.equals("query")) {
				query.append(query.isEmpty() ? "?" : "&").append(encode(param.name)).append('=').append(encode(value));
			}
		}
		for (Map.Entry<String, String> extra : values.entrySet()) {
			if (op.params.stream().noneMatch(p -> p.name.equals(extra.getKey()))) {
				query.append(query.isEmpty() ? "?" : "&")
					.append(encode(extra.getKey()))
					.append('=')
					.append(encode(extra.getValue()));
			}
		}
		return path + query;
	}

	private static String encode(String value) {
		StringBuilder s = new StringBuilder();
		for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xff;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
				s.append((char) c);
			}
			else {
				s.append('%').append(String.format("%02X", c));
			}
		}
		return s.toString();
	}

	// ------------------------------------------------------------------ JSON text

	/**
	 * JSON text as a client could send it: lone surrogates escaped, the rest raw UTF-8.
	 */
	static byte[] json(Object value) {
		StringBuilder s = new StringBuilder();
		write(value, s);
		return s.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void write(Object value, StringBuilder s) {
		if (value == null) {
			s.append("null");
		}
		else if (value instanceof Raw raw) {
			s.append(raw.token);
		}
		else if (value instanceof Boolean || value instanceof Number) {
			s.append(value);
		}
		else if (value instanceof Map<?, ?> map) {
			s.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					s.append(',');
				}
				first = false;
				write(String.valueOf(e.getKey()), s);
				s.append(':');
				write(e.getValue(), s);
			}
			s.append('}');
		}
		else if (value instanceof List<?> list) {
			s.append('[');
			for (int i = 0; i < list.size(); i++) {
				if (i > 0) {
					s.append(',');
				}
				write(list.get(i), s);
			}
			s.append(']');
		}
		else {
			String text = value.toString();
			s.append('"');
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
						&& Character.isLowSurrogate(text.charAt(i + 1));
				if (pair) {
					s.append(c).append(text.charAt(++i));
				}
				else if (c == '"' || c == '\\') {
					s.append('\\').append(c);
				}
				else if (c < 0x20 || Character.isSurrogate(c)) {
					s.append(String.format("\\u%04x", (int) c));
				}
				else {
					s.append(c);
				}
			}
			s.append('"');
		}
	}

	private static String shortJson(Object value) {
		return abbreviate(new String(json(value), StandardCharsets.UTF_8), 40);
	}

	private static String printable(String value) {
		StringBuilder s = new StringBuilder();
		value.codePoints().limit(40).forEach(c -> {
			if (c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x202E || c == 0x200B || c == 0xFEFF || c == 0x3000
					|| Character.isSurrogate((char) c)) {
				s.append(String.format("\\u%04X", c));
			}
			else {
				s.appendCodePoint(c);
			}
		});
		return value.length() > 40 ? s + "…(" + value.length() + " chars)" : s.toString();
	}

	private static String abbreviate(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max) + "…";
	}

	// ------------------------------------------------------------------ running and
	// checking

	private void run(Op op, Case c, boolean snapshot) {
		Map<String, String> before = snapshot ? snapshot() : null;
		ApiSession.Response response = send(op, c);
		if (response == null) {
			return;
		}
		check(op, c, response);
		if (!c.hostile) {
			String code = "";
			if (response.status() >= 400) {
				try {
					code = " " + response.json().path("code").asText("") + " "
							+ response.json().path("field").asText("");
				}
				catch (RuntimeException ex) {
					// no code to show
				}
			}
			validOutcomes.computeIfAbsent(op.toString(), k -> new TreeMap<>())
				.merge(response.status() + code.stripTrailing(), 1, Integer::sum);
		}
		if (snapshot && response.status() >= 400 && response.status() < 500) {
			writeCasesChecked++;
			Map<String, String> after = snapshot();
			if (!after.equals(before)) {
				// a timer or registry answer may have changed a table meanwhile: the same
				// refused request again, on a quiet database, must change nothing
				waitQuiet();
				Map<String, String> again = snapshot();
				ApiSession.Response replay = send(op, c);
				Map<String, String> afterReplay = snapshot();
				if (replay != null && replay.status() >= 400 && replay.status() < 500 && !afterReplay.equals(again)) {
					failures.add(op + " " + c.describe() + " was refused (" + response.status() + ") but changed "
							+ changed(again, afterReplay));
				}
				else if (++backgroundChanges > 20) {
					throw new AssertionError("the snapshots keep changing without a request (last: " + op + " "
							+ c.describe() + ": " + changed(before, after) + "): a table written in the background"
							+ " or a column read differently each time");
				}
			}
		}
		else if (c.hostile && response.status() >= 200 && response.status() < 300) {
			acceptedHostile.add(op + " " + abbreviate(c.name, 120) + " as " + c.user + " → " + response.status());
		}
		if (response.status() >= 200 && response.status() < 300
				&& (response.body().startsWith("{") || response.body().startsWith("["))) {
			try {
				collect(response.json(), 0, op.path);
			}
			catch (RuntimeException ex) {
				// not JSON after all: nothing to learn from it
			}
		}
	}

	private ApiSession.Response send(Op op, Case c) {
		casesTried++;
		try {
			ApiSession session = as(c.user);
			return session.request(op.method, c.path, c.body == null ? null : c.contentType, c.body);
		}
		catch (RuntimeException ex) {
			failures.add(op + " " + c.describe() + ": no answer (" + ex + ")");
			return null;
		}
	}

	private void check(Op op, Case c, ApiSession.Response response) {
		int status = response.status();
		statuses.merge(String.valueOf(status), 1, Integer::sum);
		byOperation.computeIfAbsent(op.toString(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
		String body = response.body() == null ? "" : response.body();
		if (status >= 500) {
			failures.add(op + " " + c.describe() + " → " + status + " " + abbreviate(body, 300));
			return;
		}
		if (status >= 400) {
			for (String leak : LEAKS) {
				if (body.contains(leak)) {
					failures.add(op + " " + c.describe() + " → " + status + " leaks \"" + leak + "\": "
							+ abbreviate(body, 300));
				}
			}
			String code = "";
			try {
				code = response.json().path("code").asText("");
			}
			catch (RuntimeException ex) {
				// not JSON: reported below
			}
			boolean problem = response.header("Content-Type").startsWith("application/problem+json") && !code.isBlank();
			if (!problem && status == 400 && CONTAINER_REJECTED.matcher(c.path).find()) {
				containerRejected.merge(response.header("Content-Type"), 1, Integer::sum);
			}
			else if (!problem) {
				nonProblem4xx.merge(status + " " + response.header("Content-Type"), 1, Integer::sum);
				failures.add(op + " " + c.describe() + " → " + status + " without a problem+json code: "
						+ response.header("Content-Type") + " " + abbreviate(body, 200));
			}
		}
		else if (FRAME.matcher(body).find() || body.contains("SQLException")) {
			failures.add(op + " " + c.describe() + " → " + status + " shows a stack trace: " + abbreviate(body, 300));
		}
	}

	private void collect(JsonNode node, int depth, String source) {
		if (depth > 8) {
			return;
		}
		if (node.isArray()) {
			int i = 0;
			for (JsonNode item : node) {
				if (i++ > 50) {
					break;
				}
				collect(item, depth + 1, source);
			}
		}
		else if (node.isObject()) {
			node.fields().forEachRemaining(f -> {
				JsonNode v = f.getValue();
				if ((v.isTextual() && !v.asText().isEmpty() && v.asText().length() < 80) || v.isIntegralNumber()) {
					Set<String> values = seen.computeIfAbsent(f.getKey(), k -> new LinkedHashSet<>());
					if (values.size() < 30) {
						values.add(v.asText());
					}
					if (source != null) {
						Set<String> here = seenAt.computeIfAbsent(source, k -> new TreeMap<>())
							.computeIfAbsent(f.getKey(), k -> new LinkedHashSet<>());
						if (here.size() < 30) {
							here.add(v.asText());
						}
					}
				}
				else {
					collect(v, depth + 1, source);
				}
			});
		}
	}

	// ------------------------------------------------------------------ fixtures

	/**
	 * Something for the path values to name: an aid case with an open task (and the demo
	 * data's areas, organisations, cemeteries and charities).
	 */
	private void fixtures() {
		ApiSession clerk = as("yt-meisha-clerk");
		clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "周𠀀杰", AidFixtures.idNumber("440308", "19750606")))
			.expect(201);
		ApiSession admin = as("yt-admin");
		admin.post("/api/cemetery/campaigns", Map.of("districtCode", "440308", "year", LocalDate.now().getYear() + 3));
	}

	/**
	 * Reads every operation that needs no path value (twice: the second round has some).
	 */
	private void harvest(List<Op> ops) {
		for (int round = 0; round < 2; round++) {
			for (Op op : ops) {
				if (op.method.equals("GET") && (round == 1 || op.params.stream().noneMatch(p -> p.in.equals("path")))) {
					ApiSession.Response response = as(op.isPublic() ? "anonymous" : allowedUser(op))
						.get(url(op, validParams(op), false));
					if (response.status() == 200
							&& (response.body().startsWith("{") || response.body().startsWith("["))) {
						try {
							collect(response.json(), 0, op.path);
						}
						catch (RuntimeException ex) {
							// not JSON after all
						}
					}
				}
			}
		}
		System.out.println("[fuzz] values seen for " + seen.size() + " field names");
	}

	// ------------------------------------------------------------------ snapshots

	/**
	 * Row count and checksum of each application table, row count of each engine runtime
	 * table. Left out: the HTTP sessions, the sign-in throttle (sign-ins are not API
	 * requests), Flyway's history and the engine's metrics.
	 */
	private Map<String, String> snapshot() {
		long started = System.nanoTime();
		try {
			return snapshotNow();
		}
		finally {
			snapshotNanos += System.nanoTime() - started;
		}
	}

	private Map<String, String> snapshotNow() {
		if (appTables == null) {
			tables();
		}
		Map<String, String> state = new TreeMap<>();
		// every row count in one round trip
		List<String> counted = new ArrayList<>(engineTables);
		if (!h2()) {
			counted.addAll(appTables);
		}
		Map<String, Long> counts = new HashMap<>();
		jdbc.query(String.join(" UNION ALL ",
				counted.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM " + t).toList()), rs -> {
					counts.put(rs.getString(1), rs.getLong(2));
				});
		for (String table : engineTables) {
			state.put(table, String.valueOf(counts.get(table)));
		}
		if (h2()) {
			for (String table : appTables) {
				state.put(table, jdbc.query("SELECT * FROM " + table, rs -> {
					int columns = rs.getMetaData().getColumnCount();
					long rows = 0;
					long sum = 0;
					while (rs.next()) {
						rows++;
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= columns; i++) {
							row.append(stable(rs.getObject(i))).append('\u0001');
						}
						sum += digest(row.toString());
					}
					return rows + ":" + sum;
				}));
			}
		}
		else {
			jdbc.query("CHECKSUM TABLE " + String.join(", ", appTables), rs -> {
				String name = rs.getString(1);
				state.put(name.substring(name.indexOf('.') + 1).toUpperCase(Locale.ROOT), rs.getString(2));
			});
			for (String table : appTables) {
				state.merge(table.toUpperCase(Locale.ROOT), "#" + counts.get(table), String::concat);
			}
		}
		return state;
	}

	/**
	 * A column's value as text that is the same each time it is read (H2's LOBs print an
	 * id that grows with every read).
	 */
	private static Object stable(Object value) throws java.sql.SQLException {
		if (value instanceof java.sql.Clob clob) {
			return clob.getSubString(1, (int) clob.length());
		}
		if (value instanceof java.sql.Blob blob) {
			return Base64.getEncoder().encodeToString(blob.getBytes(1, (int) blob.length()));
		}
		if (value instanceof byte[] bytes) {
			return Base64.getEncoder().encodeToString(bytes);
		}
		if (value instanceof java.sql.Array array) {
			return java.util.Arrays.deepToString((Object[]) array.getArray());
		}
		if (value instanceof Object[] values) {
			return java.util.Arrays.deepToString(values);
		}
		return value;
	}

	private static long digest(String row) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(row.getBytes(StandardCharsets.UTF_8));
			long value = 0;
			for (int i = 0; i < 8; i++) {
				value = (value << 8) | (hash[i] & 0xff);
			}
			return value;
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private boolean h2() {
		return "h2".equals(System.getProperty("mzf.test.db"));
	}

	private void tables() {
		List<String> all = jdbc.execute((ConnectionCallback<List<String>>) connection -> {
			DatabaseMetaData meta = connection.getMetaData();
			List<String> names = new ArrayList<>();
			try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%",
					new String[] { "TABLE" })) {
				while (rs.next()) {
					names.add(rs.getString("TABLE_NAME"));
				}
			}
			return names;
		});
		appTables = new ArrayList<>();
		engineTables = new ArrayList<>();
		for (String name : all) {
			String upper = name.toUpperCase(Locale.ROOT);
			if (upper.startsWith("SPRING_SESSION") || upper.startsWith("FLYWAY") || upper.equals("LOGIN_THROTTLE")
					|| upper.contains("METER_LOG")) {
				continue;
			}
			if (upper.startsWith("ACT_RU_")) {
				engineTables.add(name);
			}
			else if (!upper.startsWith("ACT_")) {
				appTables.add(name);
			}
		}
		Collections.sort(appTables);
		System.out.println("[fuzz] snapshots cover " + appTables.size() + " application tables and "
				+ engineTables.size() + " engine runtime tables");
		assertThat(appTables).as("application tables").hasSizeGreaterThan(40);
	}

	/** Waits (up to 10 s) until two snapshots a second apart agree. */
	private void waitQuiet() {
		Map<String, String> last = snapshot();
		for (int i = 0; i < 10; i++) {
			sleep(1000);
			Map<String, String> now = snapshot();
			if (now.equals(last)) {
				return;
			}
			last = now;
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String changed(Map<String, String> before, Map<String, String> after) {
		List<String> changed = new ArrayList<>();
		after.forEach((table, state) -> {
			if (!Objects.equals(before.get(table), state)) {
				changed.add(table + " (" + before.get(table) + " → " + state + ")");
			}
		});
		return String.join(", ", changed);
	}

}
