package org.minzheng.flow.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The texts of ProblemDetails, from {@code messages.properties} (zh-CN, the default) and
 * {@code messages_en.properties}, in the {@link Languages#reader() reader's language}. A
 * text's key is {@code problem.<code>}, or {@code problem.<code>.<name>} when the code
 * has several texts; its zh-CN text is the Chinese pattern the thrower gives ({@code {0}}
 * per argument, {@code ''} for a quote when it has arguments), which is how the key is
 * found, also for a text a helper passes on. Adding a refusal: throw it with its Chinese
 * pattern, and add the same pattern and its English to both bundles;
 * {@code MessageBundleTest} fails when a code thrown has no such key.
 */
public final class ProblemMessages {

	private static final String BASENAME = "messages";

	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	/** The key of each code's zh-CN text: "code\npattern" to key. */
	private static final Map<String, String> KEYS = new HashMap<>();

	static {
		BUNDLE.setBasename(BASENAME);
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
		BUNDLE.setUseCodeAsDefaultMessage(false);
		for (Map.Entry<String, String> entry : zhCN().entrySet()) {
			String key = entry.getKey();
			if (key.startsWith("problem.")) {
				String name = key.substring("problem.".length());
				String code = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
				KEYS.putIfAbsent(code + "\n" + entry.getValue(), key);
			}
		}
	}

	private ProblemMessages() {
	}

	/** The zh-CN bundle as written. */
	static Map<String, String> zhCN() {
		Properties properties = new Properties();
		try (var in = ProblemMessages.class.getClassLoader().getResourceAsStream(BASENAME + ".properties")) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> texts = new HashMap<>();
		properties.forEach((key, value) -> texts.put((String) key, (String) value));
		return texts;
	}

	/** The refusal's text in the reader's language. */
	public static String detail(ApiException refusal) {
		return detail(refusal.code(), null, refusal.pattern(), refusal.args());
	}

	/**
	 * The text for the code in the reader's language, found by the Chinese pattern the
	 * thrower gave (or by {@code problem.<code>.<name>} when a name is given); a text the
	 * bundle lacks is shown as given.
	 */
	public static String detail(String code, String name, String chinese, Object... args) {
		return detail(Languages.reader(), code, name, chinese, args);
	}

	static String detail(Locale locale, String code, String name, String chinese, Object... args) {
		String key = name != null ? "problem." + code + "." + name : KEYS.get(code + "\n" + chinese);
		String found = key == null ? null : BUNDLE.getMessage(key, args, null, locale);
		return found != null ? found : ApiException.format(chinese, args);
	}

}
