package org.minzheng.flow.processadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.minzheng.flow.support.ApiSession;
import org.minzheng.flow.support.ApplicationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * A model the modeler opens and saves unchanged is no change: each shipped model as
 * bpmn-moddle (the library inside the modeler) writes it back, which the web module's
 * tests leave in {@code web/target/roundtrip}, passes the model check and is proposed
 * with an empty diff, both in the proposal's answer and on the review page. Its own
 * application context (and database): the diff is against the latest version, which other
 * tests replace.
 */
@ApplicationTest
@TestPropertySource(properties = "minzheng.test.context=model-round-trip")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class ModelRoundTripIT {

	static final Path ROUND_TRIP = Path.of("..", "web", "target", "roundtrip");

	static final Pattern PROCESS_ID = Pattern.compile("<(?:[\\w.-]+:)?process\\s[^>]*?\\bid=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Test
	void everyShippedModelSavedUnchangedByTheModelerIsNoChange() throws IOException {
		List<Path> models = roundTrippedModels();
		ApiSession owner = ApiSession.login(port, "city-process-owner");
		SoftAssertions softly = new SoftAssertions();
		for (Path model : models) {
			String xml = Files.readString(model, StandardCharsets.UTF_8);
			Matcher process = PROCESS_ID.matcher(xml);
			assertThat(process.find()).as("a process in " + model).isTrue();
			ApiSession.Response proposed = owner.post("/api/process-admin/processes/" + process.group(1) + "/changes",
					Map.of("changeNote", "在建模器中打开后原样保存", "xml", xml));
			softly.assertThat(proposed.status()).as(model + " refused: " + proposed.body()).isEqualTo(201);
			if (proposed.status() != 201) {
				continue;
			}
			long id = proposed.json().path("change").path("id").asLong();
			JsonNode review = owner.get("/api/process-admin/changes/" + id).expect(200).json();
			for (JsonNode diff : List.of(proposed.json().path("diff"), review.path("diff"))) {
				softly.assertThat(diff.path("changes")).as(model + " changes").isEmpty();
				softly.assertThat(diff.path("added")).as(model + " added").isEmpty();
				softly.assertThat(diff.path("removed")).as(model + " removed").isEmpty();
				softly.assertThat(diff.path("changed")).as(model + " changed").isEmpty();
				softly.assertThat(diff.path("layout")).as(model + " layout").isEmpty();
			}
			owner.post("/api/process-admin/changes/" + id + "/reject", Map.of("reason", "无变化，不部署")).expect(200);
		}
		softly.assertAll();
	}

	/** The web module's output; missing means its tests (npm test) did not run. */
	private static List<Path> roundTrippedModels() throws IOException {
		assertThat(ROUND_TRIP)
			.as("%s is missing: the web module's tests (npm test, test/bpmn-roundtrip.test.mjs) "
					+ "write it and did not run; build without -Dskip.npm or run npm test in web/ first",
					ROUND_TRIP.toAbsolutePath().normalize())
			.isDirectory();
		try (Stream<Path> files = Files.walk(ROUND_TRIP)) {
			List<Path> models = files.filter(file -> file.toString().endsWith(".bpmn")).sorted().toList();
			List<String> shipped = new java.util.ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:bpmn/**/*.bpmn")) {
				String url = resource.getURL().toString();
				shipped.add(url.substring(url.lastIndexOf("/bpmn/") + "/bpmn/".length()));
			}
			assertThat(models.stream().map(model -> ROUND_TRIP.relativize(model).toString().replace('\\', '/')))
				.as("the models round-tripped in " + ROUND_TRIP.toAbsolutePath().normalize())
				.containsExactlyInAnyOrderElementsOf(shipped)
				.isNotEmpty();
			return models;
		}
	}

}
