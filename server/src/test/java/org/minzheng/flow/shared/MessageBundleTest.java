package org.minzheng.flow.shared;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ProblemDetail texts: every code the server answers with has its text in both
 * bundles, found from the Chinese pattern it is thrown with; the English bundle has the
 * same keys and placeholders, and no Chinese.
 */
class MessageBundleTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Path RESOURCES = Path.of("src/main/resources");

	/**
	 * The calls that answer with a code and a message: the code's and message's argument.
	 */
	private static final Map<Pattern, int[]> SITES = Map.of(Pattern.compile("new\\s+ApiException\\s*\\("),
			new int[] { 1, 2 }, Pattern.compile("ApiException\\s*\\.\\s*badRequest\\s*\\("), new int[] { 0, 2 },
			Pattern.compile("ApiException\\s*\\.\\s*(?:notFound|forbidden|conflict)\\s*\\("), new int[] { 0, 1 },
			// ApiExceptionHandler's and SecurityConfig's problem(...),
			// ProblemMessages.detail
			Pattern.compile("[^\\w.]problem\\((?=HttpStatus\\.)"), new int[] { 1, 2 },
			Pattern.compile("[^\\w.]problem\\((?=json, )"), new int[] { 3, 4 },
			Pattern.compile("ProblemMessages\\s*\\.\\s*detail\\((?=\")"), new int[] { 0, 2 });

	private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

	private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+\\}");

	private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u9fff\\uff00-\\uffef]");

	@Test
	void everyCodeThrownHasItsTextInBothBundles() throws IOException {
		Map<String, String> zh = bundle("messages.properties");
		Map<String, String> en = bundle("messages_en.properties");
		List<Site> sites = sites();
		assertThat(sites).hasSizeGreaterThan(500);
		List<String> missing = new ArrayList<>();
		for (Site site : sites) {
			for (String code : site.codes()) {
				if (site.texts().isEmpty()) {
					// a message a helper passes on: at least the code has texts
					if (keysOf(zh, code).isEmpty()) {
						missing.add(site.where() + " " + code);
					}
					continue;
				}
				for (String text : site.texts()) {
					boolean found = keysOf(zh, code).stream().anyMatch(key -> zh.get(key).equals(text));
					if (!found) {
						missing.add(site.where() + " " + code + "=" + text);
					}
				}
			}
		}
		assertThat(missing).as("codes thrown whose Chinese text is not in messages.properties").isEmpty();
		assertThat(en.keySet()).containsAll(zh.keySet());
	}

	@Test
	void bundlesHaveTheSameKeysAndPlaceholdersAndNoEmptyText() throws IOException {
		Map<String, String> zh = bundle("messages.properties");
		Map<String, String> en = bundle("messages_en.properties");
		assertThat(en.keySet()).isEqualTo(zh.keySet());
		zh.forEach((key, text) -> {
			assertThat(text).as(key).isNotBlank();
			assertThat(en.get(key)).as(key).isNotBlank();
			assertThat(placeholders(en.get(key))).as(key).isEqualTo(placeholders(text));
			// MessageFormat reads a single quote as the start of a quoted part
			assertThat(text.replace("''", "")).as(key).doesNotContain("'");
			assertThat(en.get(key).replace("''", "")).as(key).doesNotContain("'");
		});
	}

	@Test
	void englishBundleHasNoChinese() throws IOException {
		bundle("messages_en.properties")
			.forEach((key, text) -> assertThat(CJK.matcher(text).find()).as(key + "=" + text).isFalse());
	}

	@Test
	void textsFollowTheReadersLanguage() {
		try {
			LocaleContextHolder.setLocale(Locale.ENGLISH);
			assertThat(ProblemMessages.detail(ApiException.conflict("ATTACHMENT_LIMIT", "每个案件最多上传 {0} 个附件", 20)))
				.isEqualTo("At most 20 attachments can be uploaded per case");
			// a code with several texts: the one thrown
			assertThat(ProblemMessages.detail(ApiException.forbidden("READ_ONLY", "审计人员只能查阅，不能抄送")))
				.isEqualTo("Auditors can only read and cannot send copies");
			// a text the bundle lacks is shown as thrown
			assertThat(ProblemMessages.detail(ApiException.conflict("ACCESS_DENIED", "另一段话"))).isEqualTo("另一段话");
			// an argument that is itself a text of the bundle is read in the same
			// language
			ApiException wrongId = ApiException.badRequest("ID_NUMBER_INVALID", "legalRepIdNumber", "法定代表人身份证号码：{0}",
					CitizenIdNumber.Problem.ID_CHECK_DIGIT.text());
			assertThat(wrongId.getMessage()).isEqualTo("法定代表人身份证号码：身份证号码校验位不正确");
			assertThat(ProblemMessages.detail(wrongId))
				.isEqualTo("Legal representative ID number: The check digit of the ID number is not valid");
			LocaleContextHolder.setLocale(Locale.FRENCH);
			assertThat(ProblemMessages.detail(wrongId)).isEqualTo("法定代表人身份证号码：身份证号码校验位不正确");
			assertThat(ProblemMessages.detail(ApiException.conflict("ATTACHMENT_LIMIT", "每个案件最多上传 {0} 个附件", 1200)))
				.isEqualTo("每个案件最多上传 1200 个附件");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
		assertThat(ProblemMessages.detail(ApiException.conflict("ATTACHMENT_LIMIT", "每个案件最多上传 {0} 个附件", 20)))
			.isEqualTo("每个案件最多上传 20 个附件");
	}

	private static Set<String> keysOf(Map<String, String> bundle, String code) {
		Set<String> keys = new TreeSet<>();
		for (String key : bundle.keySet()) {
			if (key.equals("problem." + code) || key.startsWith("problem." + code + ".")) {
				keys.add(key);
			}
		}
		return keys;
	}

	private static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group());
		}
		return found;
	}

	private static Map<String, String> bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(RESOURCES.resolve(name), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		Map<String, String> texts = new TreeMap<>();
		properties.forEach((key, value) -> texts.put((String) key, (String) value));
		return texts;
	}

	/** A call answering with a code: its codes and its message's literal texts. */
	record Site(String where, List<String> codes, List<String> texts) {
	}

	private static List<Site> sites() throws IOException {
		List<Site> sites = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				if (file.endsWith("ApiException.java") || file.endsWith("ProblemMessages.java")) {
					continue;
				}
				String source = Files.readString(file);
				for (Map.Entry<Pattern, int[]> site : SITES.entrySet()) {
					Matcher m = site.getKey().matcher(source);
					while (m.find()) {
						List<String> args = arguments(source, m.end() - 1);
						int code = site.getValue()[0];
						int message = site.getValue()[1];
						if (args.size() <= message) {
							continue;
						}
						List<String> codes = all(CODE, args.get(code));
						if (codes.isEmpty()) {
							// a code in a variable or constant: checked where it is named
							continue;
						}
						String where = SOURCES.relativize(file) + ":"
								+ (source.substring(0, m.start()).split("\n", -1).length);
						sites.add(new Site(where, codes, texts(args.get(message))));
					}
				}
			}
		}
		return sites;
	}

	/**
	 * The literal texts of a message: one literal (or literals joined with +), or a
	 * choice between literals; none for a variable.
	 */
	private static List<String> texts(String message) {
		String trimmed = message.strip();
		String rest = LITERAL.matcher(trimmed).replaceAll("").replaceAll("[\\s+]", "");
		if (rest.isEmpty() && trimmed.startsWith("\"")) {
			return List.of(String.join("", all(LITERAL, trimmed)));
		}
		if (trimmed.matches("(?s)[^\"]*\\?\\s*\"(?:[^\"\\\\]|\\\\.)*\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"")) {
			return all(LITERAL, trimmed);
		}
		return List.of();
	}

	private static List<String> all(Pattern pattern, String text) {
		List<String> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	/**
	 * The top-level arguments of the call whose opening parenthesis is at {@code open}.
	 */
	private static List<String> arguments(String source, int open) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		int start = open + 1;
		for (int i = open; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' || c == '\'') {
				for (i++; source.charAt(i) != c; i++) {
					if (source.charAt(i) == '\\') {
						i++;
					}
				}
			}
			else if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				if (--depth == 0) {
					args.add(source.substring(start, i));
					return args;
				}
			}
			else if (c == ',' && depth == 1) {
				args.add(source.substring(start, i));
				start = i + 1;
			}
		}
		return args;
	}

}
