package org.minzheng.flow.cases;

import java.util.Locale;

import org.minzheng.flow.shared.Languages;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Codes as people read them ({@code PASS} → 通过, {@code ACCEPT} → 予以受理): case kinds,
 * statuses, outcomes, roles, task decisions and audited actions, from
 * {@code cases/labels*.properties}. Chinese unless the request asks for English; a code
 * with no label stays as it is.
 */
@Component
public class CaseLabels {

	/** The language exports and prints are filed in. */
	public static final Locale FILING = Languages.CHINESE;

	private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	CaseLabels() {
		messages.setBasenames("cases/labels", "cases/facts");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setUseCodeAsDefaultMessage(false);
	}

	/**
	 * The reader's language ({@link Languages#reader()}, as for every server text):
	 * English when asked for, Chinese otherwise.
	 */
	public static Locale reader() {
		return Languages.reader();
	}

	public String kind(String kind, Locale locale) {
		return label("kind." + kind, kind, locale);
	}

	public String status(String kind, String status, Locale locale) {
		if (status == null) {
			return null;
		}
		String specific = find("status." + kind + "." + status, locale);
		return specific != null ? specific : label("status." + status, status, locale);
	}

	public String outcome(CaseOutcome outcome, Locale locale) {
		return outcome == null ? null : label("outcome." + outcome.name(), outcome.name(), locale);
	}

	public String role(String role, Locale locale) {
		return role == null ? null : label("role." + role, role, locale);
	}

	public String decision(String decision, Locale locale) {
		return decision == null ? null : label("decision." + decision, decision, locale);
	}

	/**
	 * The action's label, or {@code null} when it has none (the summary then says it).
	 */
	public String action(String action, Locale locale) {
		return action == null ? null : find("action." + action, locale);
	}

	/**
	 * A fact's label, title or value written in Chinese by its feature, in the reader's
	 * language: its English from {@code cases/facts_en.properties}, else as written.
	 */
	public String text(String text, Locale locale) {
		if (text == null || !"en".equals(locale.getLanguage())) {
			return text;
		}
		String found = find(text, locale);
		return found != null ? found : text;
	}

	private String label(String key, String fallback, Locale locale) {
		String found = find(key, locale);
		return found != null ? found : fallback;
	}

	private String find(String key, Locale locale) {
		return messages.getMessage(key, null, null, locale.getLanguage().equals("en") ? Locale.ENGLISH : FILING);
	}

}
