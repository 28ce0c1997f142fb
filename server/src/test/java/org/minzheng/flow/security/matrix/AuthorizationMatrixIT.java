package org.minzheng.flow.security.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The authorisation matrix: every endpoint of the OpenAPI document × every kind of user
 * (each line's clerk, reviewer, approver and supervisor, process owners, auditors,
 * administrators, each kind of external party, nobody signed in), on records placed so
 * that each user meets them in their own unit, a sibling unit, a parent unit, another
 * line or another district.
 *
 * <p>
 * The expected outcome of each cell is data: {@code security/access-matrix/*.txt} names,
 * per endpoint, who passes the permission check; everybody else must be refused (401, 403
 * or 404). "Passes" means any other answer (200, or 400/409/422 for the deliberately
 * incomplete requests the rows send, which shows that the request got past the permission
 * check without changing anything). A 5xx fails any cell. An endpoint of the OpenAPI
 * document without a row fails the build, and so does a row for an endpoint that no
 * longer exists.
 *
 * <p>
 * Its own application context (and database): the fixtures open campaigns and fill queues
 * that other tests must not meet, and a district's annual campaign can be opened only
 * once a year.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=authorization-matrix")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	/** The panel: one demo user of each kind, and where they sit. */
	static final List<String> PANEL = List.of(
			// 社会救助, 盐田区 (entrusted) and 福田区
			"yt-meisha-clerk", "yt-meisha-reviewer", "yt-meisha-approver", "yt-yantian-clerk", "yt-yantian-approver",
			"yt-reviewer", "yt-approver", "yt-supervisor", "ft-yuanling-clerk", "ft-approver", "ft-supervisor",
			// other lines at the district
			"yt-lottery-clerk", "yt-lottery-reviewer", "yt-cemetery-inspector", "ft-cemetery-inspector", "so-yt-clerk",
			"so-yt-reviewer",
			// the city bureau
			"so-city-clerk", "so-city-reviewer", "so-city-approver", "ch-city-clerk", "ch-city-reviewer",
			"ch-city-approver", "city-supervisor", "city-process-owner", "yt-process-owner",
			// auditors and administrators
			"yt-auditor", "city-auditor", "yt-admin", "ft-admin", "city-admin",
			// external parties
			"so-su-sports", "so-af-pengcheng", "cem-op-yt1", "cem-op-ft1", "cem-en-yt", "ch-trustee-pc",
			"ch-trustee-qw");

	static final String ANONYMOUS = "anonymous";

	/**
	 * While working on one feature's rows: {@code MATRIX_ONLY=20-aid.txt,…} (or
	 * {@code -Dmatrix.only=20-aid.txt,…} on the Maven command line, which failsafe passes
	 * on) runs only those files (and the groups) and skips the check that every endpoint
	 * has a row. Never set in CI.
	 */
	static final String ONLY = System.getProperty("matrix.only", System.getenv("MATRIX_ONLY"));

	static final List<MatrixFixtures> FEATURES = List.of(new AidMatrixFixtures(), new SocialOrgMatrixFixtures(),
			new CharityMatrixFixtures(), new LotteryMatrixFixtures(), new CemeteryMatrixFixtures(),
			new AidLifeMatrixFixtures(), new TemporaryMatrixFixtures(), new NameCheckMatrixFixtures(),
			new CareHomeMatrixFixtures(), new ElderlyMatrixFixtures());

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	final Map<String, ApiSession> sessions = new LinkedHashMap<>();

	final Map<String, String> fixtures = new LinkedHashMap<>();

	final List<String> panel = new ArrayList<>(PANEL);

	final Map<String, String> passwords = new LinkedHashMap<>();

	@BeforeAll
	void createFixtures() {
		MatrixFixtures.Setup setup = new MatrixFixtures.Setup() {
			@Override
			public int port() {
				return port;
			}

			@Override
			public ApplicationContext context() {
				return context;
			}

			@Override
			public ApiSession as(String username) {
				return session(username);
			}
		};
		for (MatrixFixtures feature : FEATURES) {
			fixtures.putAll(feature.create(setup));
			feature.users().forEach((user, password) -> {
				panel.add(user);
				passwords.put(user, password);
			});
		}
	}

	@Test
	void everyEndpointAnswersEveryKindOfUserAsTheMatrixSays() {
		MatrixRows rows = MatrixRows.load(resources());
		Set<String> documented = documentedOperations();
		Set<String> missing = new TreeSet<>(documented);
		missing.removeAll(rows.operations());
		Set<String> stale = new TreeSet<>(rows.operations());
		stale.removeAll(documented);
		if (ONLY == null) {
			assertThat(missing).as("endpoints without a row in security/access-matrix/*.txt").isEmpty();
			assertThat(stale).as("rows for endpoints the OpenAPI document does not have").isEmpty();
		}

		List<String> mismatches = new ArrayList<>();
		int cells = 0;
		for (MatrixRows.Row row : rows.rows()) {
			Set<String> allowed = rows.expand(row.allowed(), panel, fixtures);
			for (String user : allUsers()) {
				ApiSession.Response response = send(user, row);
				cells++;
				boolean passed = response.status() != 401 && response.status() != 403 && response.status() != 404;
				if (response.status() >= 500) {
					mismatches
						.add(row.describe() + " as " + user + ": HTTP " + response.status() + " " + clip(response));
				}
				else if (passed != allowed.contains(user)) {
					mismatches.add(row.describe() + " as " + user + ": expected "
							+ (allowed.contains(user) ? "to pass" : "a refusal") + ", got HTTP " + response.status()
							+ " " + clip(response));
				}
			}
		}
		System.out.printf("Authorisation matrix: %d endpoints, %d rows, %d users, %d cells checked%n",
				documented.size(), rows.rows().size(), allUsers().size(), cells);
		assertThat(mismatches).as("cells that differ from the matrix (%d of %d)", mismatches.size(), cells).isEmpty();
	}

	private List<String> allUsers() {
		List<String> users = new ArrayList<>(panel);
		users.add(ANONYMOUS);
		return users;
	}

	private ApiSession.Response send(String user, MatrixRows.Row row) {
		ApiSession session = ANONYMOUS.equals(user) ? ApiSession.anonymous(port) : session(user);
		String path = row.path(fixtures);
		return switch (row.method()) {
			case "GET" -> session.get(path);
			case "POST" -> row.multipart() ? session.upload(path, "none", "x.txt", "text/plain", new byte[0])
					: session.postRaw(path, row.body(), "application/json");
			case "PUT" -> session.put(path, row.body());
			default -> throw new IllegalStateException("unsupported method " + row.method());
		};
	}

	private ApiSession session(String username) {
		return sessions.computeIfAbsent(username,
				user -> ApiSession.login(port, user, passwords.getOrDefault(user, ApiSession.DEMO_PASSWORD)));
	}

	/** {@code METHOD /path} of every operation under /api/ the OpenAPI document lists. */
	private Set<String> documentedOperations() {
		JsonNode paths = session("city-admin").get("/api/openapi").expect(200).json().path("paths");
		Set<String> operations = new TreeSet<>();
		Iterator<Map.Entry<String, JsonNode>> fields = paths.fields();
		while (fields.hasNext()) {
			Map.Entry<String, JsonNode> path = fields.next();
			if (!path.getKey().startsWith("/api/")) {
				continue;
			}
			path.getValue()
				.fieldNames()
				.forEachRemaining(
						method -> operations.add(method.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey()));
		}
		return operations;
	}

	private static List<String> resources() {
		try {
			List<String> texts = new ArrayList<>();
			Resource[] files = new PathMatchingResourcePatternResolver()
				.getResources("classpath:security/access-matrix/*.txt");
			java.util.Arrays.sort(files, java.util.Comparator.comparing(Resource::getFilename));
			for (Resource file : files) {
				if (ONLY != null && !file.getFilename().startsWith("00-")
						&& !List.of(ONLY.split(",")).contains(file.getFilename())) {
					continue;
				}
				texts.add(file.getContentAsString(StandardCharsets.UTF_8));
			}
			return texts;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String clip(ApiSession.Response response) {
		String body = response.body() == null ? "" : response.body().replaceAll("\\s+", " ");
		return body.length() > 200 ? body.substring(0, 200) + "…" : body;
	}

	static Set<String> set(String... values) {
		return new LinkedHashSet<>(List.of(values));
	}

}
