package org.minzheng.flow.security.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matrix files: per endpoint, who passes the permission check.
 *
 * <pre>
 * # a comment
 * &#64;AID_MEISHA = yt-meisha-clerk yt-meisha-reviewer yt-meisha-approver
 * GET /api/aid/applications/{applicationNo} applicationNo=$AID_CASE | &#64;AID_MEISHA yt-approver
 * POST /api/tasks/{taskId}/claim taskId=$AID_TASK body={} | yt-meisha-clerk
 * </pre>
 *
 * A row is {@code METHOD PATH [var=value]... [body=json] [multipart] | who}. A value
 * {@code $NAME} is a fixture; {@code body} (JSON without spaces, default {@code {}}) is
 * what writes send. Who: user names, {@code @GROUP}s, {@code everyone} (every signed-in
 * user of the panel), {@code anonymous} (nobody signed in), {@code $NAME} (the user a
 * fixture names, for accounts whose names are made at random, such as a lottery
 * applicant's); {@code -name} or {@code -@GROUP} takes users out again; an empty list
 * means nobody. {@code query=a=1&b=$X} adds a query string. {@code @GROUP += who} adds to
 * a group defined in an earlier file (a feature's own kind of external party joining
 * {@code @PARTIES}).
 */
final class MatrixRows {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)}");

	private final Map<String, List<String>> groups = new LinkedHashMap<>();

	private final List<Row> rows = new ArrayList<>();

	static MatrixRows load(List<String> files) {
		MatrixRows matrix = new MatrixRows();
		for (String file : files) {
			int number = 0;
			for (String raw : file.split("\n")) {
				number++;
				String line = raw.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				try {
					matrix.parse(line);
				}
				catch (RuntimeException ex) {
					throw new IllegalArgumentException("matrix line " + number + ": " + line + ": " + ex.getMessage(),
							ex);
				}
			}
		}
		return matrix;
	}

	private void parse(String line) {
		if (line.startsWith("@")) {
			int eq = line.indexOf('=');
			boolean extend = eq > 0 && line.charAt(eq - 1) == '+';
			String name = line.substring(1, extend ? eq - 1 : eq).strip();
			if (extend) {
				if (!groups.containsKey(name)) {
					throw new IllegalArgumentException("group @" + name + " extended before it is defined");
				}
				List<String> extended = new ArrayList<>(groups.get(name));
				extended.addAll(tokens(line.substring(eq + 1)));
				groups.put(name, extended);
				return;
			}
			if (groups.containsKey(name)) {
				throw new IllegalArgumentException("group @" + name + " defined twice");
			}
			groups.put(name, tokens(line.substring(eq + 1)));
			return;
		}
		int bar = line.lastIndexOf(" |");
		if (bar < 0) {
			throw new IllegalArgumentException("no '|' before who passes");
		}
		List<String> head = tokens(line.substring(0, bar));
		List<String> who = tokens(line.substring(bar + 2));
		String method = head.get(0);
		String path = head.get(1);
		Map<String, String> variables = new LinkedHashMap<>();
		String body = "{}";
		boolean multipart = false;
		for (String option : head.subList(2, head.size())) {
			if (option.startsWith("query=")) {
				variables.put("?", option.substring(6));
			}
			else if (option.equals("multipart")) {
				multipart = true;
			}
			else if (option.startsWith("body=")) {
				body = option.substring(5);
			}
			else if (option.contains("=")) {
				variables.put(option.substring(0, option.indexOf('=')), option.substring(option.indexOf('=') + 1));
			}
			else {
				throw new IllegalArgumentException("unknown option " + option);
			}
		}
		Matcher matcher = VARIABLE.matcher(path);
		while (matcher.find()) {
			if (!variables.containsKey(matcher.group(1))) {
				throw new IllegalArgumentException("no value for {" + matcher.group(1) + "}");
			}
		}
		rows.add(new Row(method, path, variables, body, multipart, who));
	}

	private static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		for (String token : text.strip().split("\\s+")) {
			if (!token.isEmpty()) {
				tokens.add(token);
			}
		}
		return tokens;
	}

	List<Row> rows() {
		return rows;
	}

	/** {@code METHOD /path} of every row. */
	Set<String> operations() {
		Set<String> operations = new TreeSet<>();
		rows.forEach(row -> operations.add(row.method() + " " + row.template()));
		return operations;
	}

	/**
	 * The users a who-list names, out of the panel (plus {@code anonymous}); fixtures
	 * give the users named {@code $NAME}.
	 */
	Set<String> expand(List<String> who, List<String> panel, Map<String, String> fixtures) {
		Set<String> users = new LinkedHashSet<>();
		apply(who, panel, fixtures, users, new LinkedHashSet<>());
		return users;
	}

	private void apply(List<String> who, List<String> panel, Map<String, String> fixtures, Set<String> users,
			Set<String> seen) {
		for (String token : who) {
			boolean remove = token.startsWith("-");
			String name = remove ? token.substring(1) : token;
			Set<String> named = new LinkedHashSet<>();
			if (name.startsWith("@")) {
				List<String> group = groups.get(name.substring(1));
				if (group == null) {
					throw new IllegalArgumentException("unknown group " + name);
				}
				if (!seen.add(name)) {
					throw new IllegalArgumentException("group " + name + " includes itself");
				}
				apply(group, panel, fixtures, named, seen);
				seen.remove(name);
			}
			else if (name.startsWith("$")) {
				String user = fixtures.get(name.substring(1));
				if (user == null || !panel.contains(user)) {
					throw new IllegalArgumentException("no panel user for fixture " + name);
				}
				named.add(user);
			}
			else if (name.equals("everyone")) {
				named.addAll(panel);
			}
			else if (name.equals(AuthorizationMatrixIT.ANONYMOUS) || panel.contains(name)) {
				named.add(name);
			}
			else {
				throw new IllegalArgumentException("unknown user " + name + " (not in the panel)");
			}
			if (remove) {
				users.removeAll(named);
			}
			else {
				users.addAll(named);
			}
		}
	}

	/** One row: a request and who passes. */
	record Row(String method, String template, Map<String, String> variables, String body, boolean multipart,
			List<String> allowed) {

		String path(Map<String, String> fixtures) {
			Matcher matcher = VARIABLE.matcher(template);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String value = variables.get(matcher.group(1));
				if (value.startsWith("$")) {
					String fixture = fixtures.get(value.substring(1));
					if (fixture == null) {
						throw new IllegalStateException("no fixture " + value + " for " + describe());
					}
					value = fixture;
				}
				matcher.appendReplacement(path,
						Matcher
							.quoteReplacement(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
								.replace("+", "%20")));
			}
			matcher.appendTail(path);
			String query = variables.get("?");
			if (query != null) {
				Matcher fixture = Pattern.compile("\\$([A-Z0-9_]+)").matcher(query);
				StringBuilder filled = new StringBuilder();
				while (fixture.find()) {
					String value = fixtures.get(fixture.group(1));
					if (value == null) {
						throw new IllegalStateException("no fixture $" + fixture.group(1) + " for " + describe());
					}
					fixture.appendReplacement(filled, Matcher
						.quoteReplacement(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)));
				}
				fixture.appendTail(filled);
				path.append('?').append(filled);
			}
			return path.toString();
		}

		String describe() {
			return method + " " + template + (variables.isEmpty() ? "" : " " + variables);
		}

	}

}
