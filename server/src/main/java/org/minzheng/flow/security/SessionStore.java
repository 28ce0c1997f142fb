package org.minzheng.flow.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The sessions in the database (Spring Session JDBC) tolerate two requests of one session
 * saving at once.
 * <p>
 * Spring Session saves the attributes a request added with a plain INSERT. Two sign-ins
 * of one browser session at once (Enter pressed twice on the sign-in page, issue 17) each
 * load the session, change its id and add the security context: the second INSERT of
 * (session, SPRING_SECURITY_CONTEXT) hit the primary key, and the sign-in answered 500
 * (DuplicateKeyException on SPRING_SESSION_ATTRIBUTES). The insert is an upsert instead,
 * as the Spring Session reference shows for MySQL: the later save wins, as it does for
 * attributes both requests changed. MariaDB, MySQL and the embedded H2 (in MySQL mode)
 * all accept this statement.
 */
@Configuration(proxyBeanMethods = false)
class SessionStore {

	static final String CREATE_SESSION_ATTRIBUTE_QUERY = """
			INSERT INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
			VALUES (?, ?, ?)
			ON DUPLICATE KEY UPDATE ATTRIBUTE_BYTES = VALUES(ATTRIBUTE_BYTES)
			""";

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> attributesUpserted() {
		return repository -> repository.setCreateSessionAttributeQuery(CREATE_SESSION_ATTRIBUTE_QUERY);
	}

}
