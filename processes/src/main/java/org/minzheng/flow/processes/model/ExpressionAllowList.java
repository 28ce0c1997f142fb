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

	private ExpressionAllowList(List<Method> methods, Set<String> delegates) {
		this.methods = List.copyOf(methods);
		this.delegates = Set.copyOf(delegates);
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
		return data;
	}

	/** Reads a list in the file's format; an unreadable line stops the application. */
	static ExpressionAllowList parse(List<String> lines) {
		List<Method> methods = new ArrayList<>();
		Set<String> delegates = new LinkedHashSet<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			Matcher method = METHOD.matcher(line);
			Matcher delegate = DELEGATE.matcher(line);
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
			else {
				throw new IllegalStateException("unreadable line in " + RESOURCE + ": " + line);
			}
		}
		return new ExpressionAllowList(methods, delegates);
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
