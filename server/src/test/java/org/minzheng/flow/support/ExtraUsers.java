package org.minzheng.flow.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** More staff than the demo has, for tests that need two clerks at one street. */
public final class ExtraUsers {

	private ExtraUsers() {
	}

	/** Creates the user with the role at the unit (demo password) unless it exists. */
	public static void ensure(JdbcTemplate jdbc, PasswordEncoder encoder, String username, String role,
			String orgUnit) {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0) {
			return;
		}
		jdbc.update(
				"INSERT INTO app_user (username, display_name, password_hash, user_kind, enabled, failed_attempts, "
						+ "created_at) VALUES (?, ?, ?, 'STAFF', TRUE, 0, NOW(3))",
				username, username, encoder.encode(ApiSession.DEMO_PASSWORD));
		jdbc.update(
				"INSERT INTO user_role (user_id, role, org_unit_code) SELECT id, ?, ? FROM app_user WHERE username = ?",
				role, orgUnit, username);
	}

}
