package org.minzheng.flow.security.matrix;

import java.util.Map;

import org.minzheng.flow.support.ApiSession;
import org.springframework.context.ApplicationContext;

/**
 * Records the authorisation matrix acts on, made through the API as the demo users would
 * (one implementation per feature, so each feature's rows name its own fixtures).
 */
interface MatrixFixtures {

	/**
	 * Creates the records and returns their identifiers by name ({@code AID_CASE} →
	 * {@code DB-440308-2026-000001}); rows refer to them as {@code $AID_CASE}.
	 */
	Map<String, String> create(Setup setup);

	/**
	 * Users the feature adds to the panel (e.g. an outlet applicant's account), by
	 * username with their password.
	 */
	default Map<String, String> users() {
		return Map.of();
	}

	/** What fixtures may use: the running application and signed-in demo sessions. */
	interface Setup {

		int port();

		ApplicationContext context();

		/** A signed-in session of a demo user (cached). */
		ApiSession as(String username);

	}

}
