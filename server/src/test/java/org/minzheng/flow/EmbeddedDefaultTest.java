package org.minzheng.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.AidFlows;
import org.minzheng.flow.support.ApiSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The README's run command: the default configuration (embedded H2 file database,
 * simulators, demo users) starts with no database server, serves the login page and takes
 * an application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "minzheng.data-dir=./target/embedded-${random.uuid}")
class EmbeddedDefaultTest {

	@LocalServerPort
	int port;

	@Test
	void startsOnTheEmbeddedDatabaseWithLoginPageAndDemoUsers() throws Exception {
		HttpResponse<String> login = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(200);
		assertThat(login.body()).contains("password");

		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		String no = clerk
			.post("/api/aid/applications",
					AidFixtures.application("440308001", "陈𠮷", AidFixtures.idNumber("440308", "19720202")))
			.expect(201)
			.json()
			.path("applicationNo")
			.asText();
		assertThat(no).startsWith("DB-440308-");
		assertThat(clerk.get("/api/inbox").expect(200).json().path("items").findValuesAsText("caseRef")).contains(no);
		// the separation-of-duties query (受理审查 is a separated step) runs on H2 too
		String task = AidFlows.awaitTask(clerk, no, "Task_AcceptanceCheck");
		assertThat(clerk.get("/api/tasks/" + task).expect(200).json().path("canAct").asBoolean()).isTrue();
		clerk.post("/api/tasks/" + task + "/claim", null).expect(200);
	}

}
