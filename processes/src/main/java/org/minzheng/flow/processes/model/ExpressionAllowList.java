package org.minzheng.flow.processes.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a process model's expressions may reach, read from one file ({@value #RESOURCE}):
 * the registered beans' registered methods, with the kind of each parameter, and the
 * beans a service task or listener may name as its delegate. The model check, the
 * engine's expression manager at run time and the browser's lint all read this list, so
 * that none of them can allow what another refuses.
 */
public final class ExpressionAllowList {

	/** The classpath resource the list is read from. */
	public static final String RESOURCE = "/model/expressions.allow";

	/** The kind of a registered method's parameter. */
	public enum Parameter {

		/** The engine's current execution, written {@code execution}. */
		EXECUTION,
		/** A string or number literal written in the model. */
		LITERAL,
		/** A process variable's name. */
		VARIABLE

	}

	/** One registered method: bean, method name and the parameters, in order. */
	public record Method(String bean, String name, List<Parameter> parameters) {

		/** How it is written in the file and shown to a process owner. */
		public String signature() {
			return bean + "." + name + "("
					+ String.join(", ", parameters.stream().map(p -> p.name().toLowerCase()).toList()) + ")";
		}

	}

	private static final Pattern METHOD = Pattern
		.compile("method\\s+([a-z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)\\(([a-z, ]*)\\)");

	private static final Pattern DELEGATE = Pattern.compile("delegate\\s+([a-z][A-Za-z0-9]*)");

	private static final ExpressionAllowList SHIPPED = read();

	private final List<Method> methods;

	private final Set<String> delegates;

	private final Set<String> bpmnElements;

	private final Map<String, ExpressionGrammar.Form> attributes;

	private final Map<String, Map<String, ExpressionGrammar.Form>> extensions;

	private final Map<String, ExpressionGrammar.Form> texts;

	private final Set<String> freeText;

	private final Set<String> engineNames;

	private ExpressionAllowList(List<Method> methods, Set<String> delegates, Set<String> bpmnElements,
			Map<String, ExpressionGrammar.Form> attributes, Map<String, Map<String, ExpressionGrammar.Form>> extensions,
			Map<String, ExpressionGrammar.Form> texts, Set<String> freeText, Set<String> engineNames) {
		this.methods = List.copyOf(methods);
		this.delegates = Set.copyOf(delegates);
		this.bpmnElements = Set.copyOf(bpmnElements);
		this.attributes = Map.copyOf(attributes);
		this.extensions = Map.copyOf(extensions);
		this.texts = Map.copyOf(texts);
		this.freeText = Set.copyOf(freeText);
		this.engineNames = Set.copyOf(engineNames);
	}

	/**
	 * Names that are never process variables: the engine's own objects
	 * ({@code execution}, {@code task}, …) and its and the application's infrastructure
	 * beans. The engine's expression manager refuses every bean off the list at run time;
	 * refusing these names in the check tells the process owner at once.
	 */
	public Set<String> engineNames() {
		return engineNames;
	}

	/** The BPMN elements (local names) a model may hold. */
	public Set<String> bpmnElements() {
		return bpmnElements;
	}

	/** The {@code camunda:} attributes a BPMN element may carry, with their form. */
	public Map<String, ExpressionGrammar.Form> attributes() {
		return attributes;
	}

	/**
	 * The {@code camunda:} extension elements a model may hold, with their own
	 * (unqualified) attributes and each attribute's form.
	 */
	public Map<String, Map<String, ExpressionGrammar.Form>> extensions() {
		return extensions;
	}

	/** The elements whose text the engine evaluates, with its form. */
	public Map<String, ExpressionGrammar.Form> texts() {
		return texts;
	}

	/** The elements whose text and attributes the engine never evaluates. */
	public Set<String> freeText() {
		return freeText;
	}

	/** The list shipped with the application. */
	public static ExpressionAllowList shipped() {
		return SHIPPED;
	}

	/** Every registered method, in file order. */
	public List<Method> methods() {
		return methods;
	}

	/** The registered methods of one bean with one name (one per allowed arity). */
	public List<Method> methods(String bean, String name) {
		return methods.stream().filter(m -> m.bean().equals(bean) && m.name().equals(name)).toList();
	}

	/** Whether {@code bean.name} may be called with {@code arity} arguments. */
	public boolean allows(String bean, String name, int arity) {
		return methods.stream()
			.anyMatch(m -> m.bean().equals(bean) && m.name().equals(name) && m.parameters().size() == arity);
	}

	/** The beans whose methods are registered. */
	public Set<String> methodBeans() {
		Set<String> beans = new LinkedHashSet<>();
		methods.forEach(m -> beans.add(m.bean()));
		return beans;
	}

	/** The beans a service task or listener may name as its delegate. */
	public Set<String> delegates() {
		return delegates;
	}

	/** Every bean an expression may resolve: method beans and delegates. */
	public Set<String> beans() {
		Set<String> beans = new LinkedHashSet<>(methodBeans());
		beans.addAll(delegates);
		return beans;
	}

	/**
	 * The list as plain data (for the browser): {@code {"methods": [{"bean", "name",
	 * "parameters": [...]}], "delegates": [...]}}.
	 */
	public Map<String, Object> asData() {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("methods",
				methods.stream()
					.map(m -> Map.of("bean", m.bean(), "name", m.name(), "parameters",
							m.parameters().stream().map(p -> p.name().toLowerCase()).toList()))
					.toList());
		data.put("delegates", delegates.stream().sorted().toList());
		data.put("engineNames", engineNames.stream().sorted().toList());
		data.put("bpmn", bpmnElements.stream().sorted().toList());
		data.put("attributes", lower(attributes));
		Map<String, Object> extensionData = new java.util.TreeMap<>();
		extensions.forEach((element, own) -> extensionData.put(element, lower(own)));
		data.put("extensions", extensionData);
		data.put("texts", lower(texts));
		data.put("freeText", freeText.stream().sorted().toList());
		data.put("limits", Map.of("expressionLength", ExpressionGrammar.MAX_LENGTH, "expressionNesting",
				ExpressionGrammar.MAX_NESTING, "depth", XmlLimits.MAX_DEPTH, "elements", XmlLimits.MAX_ELEMENTS));
		return data;
	}

	private static Map<String, String> lower(Map<String, ExpressionGrammar.Form> forms) {
		Map<String, String> out = new java.util.TreeMap<>();
		forms.forEach((name, form) -> out.put(name, form.name().toLowerCase()));
		return out;
	}

	/** Reads a list in the file's format; an unreadable line stops the application. */
	static ExpressionAllowList parse(List<String> lines) {
		List<Method> methods = new ArrayList<>();
		Set<String> delegates = new LinkedHashSet<>();
		Set<String> bpmn = new LinkedHashSet<>();
		Map<String, ExpressionGrammar.Form> attributes = new LinkedHashMap<>();
		Map<String, Map<String, ExpressionGrammar.Form>> extensions = new LinkedHashMap<>();
		Map<String, ExpressionGrammar.Form> texts = new LinkedHashMap<>();
		Set<String> free = new LinkedHashSet<>();
		Set<String> engine = new LinkedHashSet<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher method = METHOD.matcher(line);
			Matcher delegate = DELEGATE.matcher(line);
			String[] words = line.split("\\s+");
			List<String> rest = Arrays.asList(words).subList(1, words.length);
			if (method.matches()) {
				List<Parameter> parameters = method.group(3).isBlank() ? List.of()
						: Arrays.stream(method.group(3).split(","))
							.map(p -> Parameter.valueOf(p.strip().toUpperCase()))
							.toList();
				methods.add(new Method(method.group(1), method.group(2), parameters));
			}
			else if (delegate.matches()) {
				delegates.add(delegate.group(1));
			}
			else if ("bpmn".equals(words[0])) {
				bpmn.addAll(rest);
			}
			else if ("attribute".equals(words[0])) {
				attributes.putAll(forms(rest, line));
			}
			else if ("extension".equals(words[0]) && words.length > 1) {
				extensions.put(words[1], forms(rest.subList(1, rest.size()), line));
			}
			else if ("text".equals(words[0])) {
				texts.putAll(forms(rest, line));
			}
			else if ("free-text".equals(words[0])) {
				free.addAll(rest);
			}
			else if ("not-a-variable".equals(words[0])) {
				engine.addAll(rest);
			}
			else {
				throw new IllegalStateException("unreadable line in " + RESOURCE + ": " + line);
			}
		}
		return new ExpressionAllowList(methods, delegates, bpmn, attributes, extensions, texts, free, engine);
	}

	/** {@code name[:form]} words: the form of each name ({@code none} when not given). */
	private static Map<String, ExpressionGrammar.Form> forms(List<String> words, String line) {
		Map<String, ExpressionGrammar.Form> forms = new LinkedHashMap<>();
		for (String word : words) {
			int colon = word.indexOf(':');
			try {
				forms.put(colon < 0 ? word : word.substring(0, colon), colon < 0 ? ExpressionGrammar.Form.NONE
						: ExpressionGrammar.Form.valueOf(word.substring(colon + 1).toUpperCase()));
			}
			catch (IllegalArgumentException ex) {
				throw new IllegalStateException("unknown form in " + RESOURCE + ": " + line, ex);
			}
		}
		return forms;
	}

	private static ExpressionAllowList read() {
		try (InputStream in = ExpressionAllowList.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
