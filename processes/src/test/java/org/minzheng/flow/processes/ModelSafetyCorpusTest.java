package org.minzheng.flow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.flow.processes.model.ExpressionAllowList;
import org.minzheng.flow.processes.model.ModelCheck;
import org.minzheng.flow.processes.model.ModelRules;

/**
 * The hostile models of {@code model/hostile/hostile-models.tsv}: every construct that
 * would run code (reflection, engine services, unlisted beans and methods, scripts,
 * classes, connectors, external tasks, field injection, {@code #{…}}, nested variants),
 * in every element kind that can carry it, is refused at its element with its rule; the
 * base model they start from, and every shipped model, is accepted. The web module's lint
 * test reads the same file.
 */
class ModelSafetyCorpusTest {

	static final String FOLDER = "model/hostile/";

	/** One line of the corpus. */
	record HostileCase(String name, String elementId, String rule, String from, String to) {

		@Override
		public String toString() {
			return name;
		}

	}

	static Set<String> forms() {
		return ModelConventionsTest.forms().stream().map(ClasspathFiles::baseName).collect(Collectors.toSet());
	}

	static String base() {
		return read(FOLDER + "base.bpmn");
	}

	static Stream<HostileCase> cases() {
		return read(FOLDER + "hostile-models.tsv").lines()
			.filter(line -> !line.isBlank() && !line.startsWith("#"))
			.map(line -> line.split("\t", -1))
			.map(f -> new HostileCase(f[0], f[1], f[2], f[3].replace("\\n", "\n"), f[4].replace("\\n", "\n")));
	}

	@Test
	void theCorpusHoldsAtLeastSixtyModelsAndTheBaseIsAccepted() {
		assertThat(cases().count()).isGreaterThanOrEqualTo(60);
		assertThat(check(base())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void eachHostileModelIsRefusedAtItsElementWithItsRule(HostileCase hostile) {
		String base = base();
		assertThat(base).contains(hostile.from());
		String model = base.replaceFirst(java.util.regex.Pattern.quote(hostile.from()),
				java.util.regex.Matcher.quoteReplacement(hostile.to()));
		List<ModelRules.Problem> problems = check(model);
		assertThat(problems).as(hostile.name()).anySatisfy(problem -> {
			assertThat(problem.elementId()).isEqualTo(hostile.elementId());
			assertThat(problem.code()).isEqualTo(hostile.rule());
		});
		// where the walk refuses, it says where and why in both languages
		problems.stream().filter(p -> p.attribute() != null).forEach(p -> {
			assertThat(p.message()).isNotBlank();
			assertThat(p.messageEn()).isNotBlank();
		});
	}

	@Test
	void everyShippedModelIsAccepted() {
		for (String model : ModelConventionsTest.models()) {
			assertThat(check(read(model))).as(model).isEmpty();
		}
	}

	private static List<ModelRules.Problem> check(String xml) {
		return ModelCheck
			.check(xml.getBytes(StandardCharsets.UTF_8), forms(), ExpressionAllowList.shipped().delegates(),
					decisions())
			.problems();
	}

	/**
	 * The decisions the shipped DMN files deploy (a business rule task may call them).
	 */
	static Set<String> decisions() {
		java.util.regex.Pattern decision = java.util.regex.Pattern.compile("<decision\\s+id=\"([^\"]+)\"");
		return ClasspathFiles.list("dmn", ".dmn")
			.stream()
			.flatMap(resource -> decision.matcher(read(resource)).results().map(m -> m.group(1)))
			.collect(Collectors.toSet());
	}

	static String read(String resource) {
		try (InputStream in = ClasspathFiles.open(resource)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
