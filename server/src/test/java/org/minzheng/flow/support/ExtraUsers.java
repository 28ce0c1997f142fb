package org.minzheng.flow.support;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** More staff than the demo has, for tests that need two clerks at one street. */
public final class ExtraUsers {

	private ExtraUsers() {
	}

	/**
	 * Creates the user with the role for the business line ({@code aid}…, {@code *} for a
	 * line-less role) at the unit (demo password) unless it exists.
	 */
	public static void ensure(JdbcTemplate jdbc, PasswordEncoder encoder, String username, String line, String role,
			String orgUnit) {
		if (jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username) > 0) {
			return;
		}
		jdbc.update(
				"INSERT INTO app_user (username, display_name, password_hash, user_kind, enabled, failed_attempts, "
						+ "created_at) VALUES (?, ?, ?, 'STAFF', TRUE, 0, NOW(3))",
				username, username, encoder.encode(ApiSession.DEMO_PASSWORD));
		jdbc.update("INSERT INTO role_assignment (user_id, business_line, role, org_unit_code) "
				+ "SELECT id, ?, ?, ? FROM app_user WHERE username = ?", line, role, orgUnit, username);
	}

	/**
	 * Gives an existing user one more role for the business line at the unit, unless they
	 * hold it already.
	 */
	public static void grant(JdbcTemplate jdbc, String username, String line, String role, String orgUnit) {
		jdbc.update("INSERT INTO role_assignment (user_id, business_line, role, org_unit_code) "
				+ "SELECT u.id, ?, ?, ? FROM app_user u WHERE u.username = ? AND NOT EXISTS (SELECT 1 FROM "
				+ "role_assignment r WHERE r.user_id = u.id AND r.business_line = ? AND r.role = ? "
				+ "AND r.org_unit_code = ?)", line, role, orgUnit, username, line, role, orgUnit);
	}

}
