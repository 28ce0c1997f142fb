package org.minzheng.flow.inbox;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.minzheng.flow.workflow.Workflow;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The Camunda Forms (form-js JSON), by id. The server validates what staff submit against
 * the same schema the browser renders, so the two can't drift apart. A task uses the form
 * deployed with its own process version (a process owner may have edited it, and a task
 * of an older version keeps the form it started with); a version deployed without it uses
 * the form shipped in the forms module (read once).
 */
@Component
public class FormSchemas {

	private final Map<String, FormSchema> byId = new LinkedHashMap<>();

	private final Map<String, String> rawById = new LinkedHashMap<>();

	/** Deployed forms read into schemas, by their text: a deployed form never changes. */
	private final Map<String, FormSchema> deployed = new java.util.concurrent.ConcurrentHashMap<>();

	private final Workflow workflow;

	private final ObjectMapper json;

	FormSchemas(ObjectMapper json, Workflow workflow) throws IOException {
		this.json = json;
		this.workflow = workflow;
		for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/**/*.form")) {
			try (InputStream in = resource.getInputStream()) {
				String raw = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				JsonNode root = json.readTree(raw);
				String id = root.path("id").asText();
				byId.put(id, parse(id, root));
				rawById.put(id, raw);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Unreadable form " + resource, ex);
			}
		}
	}

	/** Ids of every form shipped with the application. */
	public java.util.Set<String> ids() {
		return java.util.Set.copyOf(byId.keySet());
	}

	public Optional<FormSchema> find(String formId) {
		return Optional.ofNullable(formId).map(byId::get);
	}

	/** The form-js JSON as shipped, for the browser to render. */
	public Optional<String> raw(String formId) {
		return Optional.ofNullable(formId).map(rawById::get);
	}

	/**
	 * Reads a form-js JSON text into its fields and rules, as the server validates
	 * submissions against it.
	 * @throws IllegalStateException when a rule can't be read (e.g. an unsupported hide
	 * condition)
	 */
	public static FormSchema read(JsonNode root) {
		return parse(root.path("id").asText(), root);
	}

	/**
	 * The form-js JSON a task renders: the one deployed with its version, else the
	 * shipped one.
	 */
	public Optional<String> rawFor(Workflow.OpenTask task) {
		return workflow.deployedForm(task.processDefinitionId(), task.formKey()).or(() -> raw(task.formKey()));
	}

	/** The form a task's submission is validated against; see {@link #rawFor}. */
	public Optional<FormSchema> findFor(Workflow.OpenTask task) {
		Optional<String> own = workflow.deployedForm(task.processDefinitionId(), task.formKey());
		if (own.isEmpty()) {
			return find(task.formKey());
		}
		if (deployed.size() > 1000) {
			deployed.clear();
		}
		return Optional.of(deployed.computeIfAbsent(own.get(), text -> {
			try {
				return read(json.readTree(text));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Unreadable deployed form " + task.formKey(), ex);
			}
		}));
	}

	private static FormSchema parse(String id, JsonNode root) {
		List<FormSchema.Field> fields = new ArrayList<>();
		collect(root.path("components"), fields);
		return new FormSchema(id, List.copyOf(fields));
	}

	private static void collect(JsonNode components, List<FormSchema.Field> into) {
		for (JsonNode component : components) {
			if (component.has("components")) {
				collect(component.path("components"), into);
			}
			if (!component.hasNonNull("key")) {
				continue;
			}
			List<String> values = new ArrayList<>();
			component.path("values").forEach(v -> values.add(v.path("value").asText()));
			JsonNode validate = component.path("validate");
			String hide = component.path("conditional").path("hide").asText(null);
			into.add(new FormSchema.Field(component.path("key").asText(), component.path("type").asText(),
					component.path("label").asText(), component.path("properties").path("label@en").asText(""),
					validate.path("required").asBoolean(false),
					validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
					validate.hasNonNull("pattern") ? validate.path("pattern").asText() : null, List.copyOf(values),
					hide == null ? null : FormSchema.HideCondition.parse(hide)));
		}
	}

}
