package org.minzheng.flow.shared;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.AidFixtures;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A refusal answers in the reader's language: Chinese by default (and for a language the
 * workbench does not offer), English with {@code Accept-Language: en}; the code, status
 * and field stay the same.
 */
@ApplicationTest
class ProblemLanguageIT {

	@LocalServerPort
	int port;

	@Test
	void aBusinessRefusalAnswersInTheReadersLanguage() {
		String path = "/api/supervision/overdue?page=10737419&size=200";
		ApiSession supervisor = ApiSession.login(port, "yt-supervisor");
		ApiSession.Response chinese = supervisor.get(path).expect(400);
		assertThat(chinese.code()).isEqualTo("PAGE_NUMBER");
		assertThat(chinese.json().path("detail").asText()).isEqualTo("页码须在 0 到 100000 之间");
		ApiSession.Response english = supervisor.language("en").get(path).expect(400);
		assertThat(english.code()).isEqualTo("PAGE_NUMBER");
		assertThat(english.json().path("field").asText()).isEqualTo(chinese.json().path("field").asText());
		assertThat(english.json().path("detail").asText()).isEqualTo("Page number must be between 0 and 100000");
		assertThat(supervisor.language("en-US,en;q=0.9").get(path).expect(400).json().path("detail").asText())
			.isEqualTo("Page number must be between 0 and 100000");
		assertThat(supervisor.language("fr").get(path).expect(400).json().path("detail").asText())
			.isEqualTo("页码须在 0 到 100000 之间");
		// a text a feature passes on (the record kind's 404), and the same in the case
		// module
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk").language("en");
		ApiSession.Response missing = clerk.get("/api/aid/applications/NO-SUCH-APPLICATION").expect(404);
		assertThat(missing.code()).isEqualTo("APPLICATION_NOT_FOUND");
		assertThat(missing.json().path("detail").asText())
			.isEqualTo("The application does not exist or you may not view it");
	}

	@Test
	void aValidationErrorAnswersInTheReadersLanguage() {
		Map<String, Object> body = new HashMap<>(
				AidFixtures.application("440308001", "孙丽", AidFixtures.idNumber("440308", "19800101")));
		body.put("address", "长".repeat(301));
		ApiSession clerk = ApiSession.login(port, "yt-meisha-clerk");
		ApiSession.Response chinese = clerk.post("/api/aid/applications", body).expect(400);
		assertThat(chinese.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(chinese.json().path("field").asText()).isEqualTo("address");
		assertThat(chinese.json().path("detail").asText()).startsWith("字段 address 不合法：");
		ApiSession.Response english = clerk.language("en").post("/api/aid/applications", body).expect(400);
		assertThat(english.code()).isEqualTo("VALIDATION_FAILED");
		assertThat(english.json().path("field").asText()).isEqualTo("address");
		assertThat(english.json().path("detail").asText()).startsWith("The field address is not valid: ")
			.doesNotContainPattern("[\\u3400-\\u9fff]");
	}

	@Test
	void aRefusalBeforeAnyControllerAnswersInTheReadersLanguage() {
		ApiSession.Response chinese = ApiSession.anonymous(port).get("/api/inbox").expect(401);
		assertThat(chinese.code()).isEqualTo("AUTH_REQUIRED");
		assertThat(chinese.json().path("detail").asText()).isEqualTo("请先登录");
		ApiSession.Response english = ApiSession.anonymous(port).language("en").get("/api/inbox").expect(401);
		assertThat(english.code()).isEqualTo("AUTH_REQUIRED");
		assertThat(english.json().path("detail").asText()).isEqualTo("Please sign in first");
	}

}
