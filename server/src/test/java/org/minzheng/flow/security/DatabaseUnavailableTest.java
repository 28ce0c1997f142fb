package org.minzheng.flow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The database out of reach while the session filters load or save a session: 503 with
 * Retry-After and a ProblemDetail, not the container's 500; any other failure passes on.
 */
class DatabaseUnavailableTest {

	private final Filter filter = new SecurityConfig().databaseUnavailable(new ObjectMapper()).getFilter();

	@Test
	void aConnectionFailureInTheChainIsA503() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/api/inbox"), response, (req, res) -> {
			throw new CannotCreateTransactionException("Could not open JDBC Connection",
					new java.sql.SQLTransientConnectionException("HikariPool-1 - Connection is not available"));
		});
		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("5");
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("\"code\":\"DATABASE_UNAVAILABLE\"")
			.doesNotContain("Hikari");
	}

	@Test
	void otherFailuresAreNotDisguised() {
		assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/api/inbox"),
				new MockHttpServletResponse(), (req, res) -> {
					throw new DataIntegrityViolationException("duplicate");
				}))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(SecurityConfig.databaseAway(new IllegalStateException("x"))).isFalse();
	}

}
