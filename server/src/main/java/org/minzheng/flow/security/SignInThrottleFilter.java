package org.minzheng.flow.security;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In front of the form-login endpoint: counts each sign-in attempt with
 * {@link SignInThrottle} before its password is checked, and refuses an attempt from a
 * source that must wait — 429 with {@code Retry-After} and a {@code LOGIN_THROTTLED}
 * ProblemDetail, without looking at the password or whether the username exists, for the
 * workbench and plain form posts alike.
 */
final class SignInThrottleFilter extends OncePerRequestFilter {

	/** The form-login parameter Spring Security reads the username from. */
	static final String USERNAME = "username";

	private final RequestMatcher signIn = AntPathRequestMatcher.antMatcher(HttpMethod.POST, "/login");

	private final SignInThrottle throttle;

	private final ObjectMapper json;

	SignInThrottleFilter(SignInThrottle throttle, ObjectMapper json) {
		this.throttle = throttle;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.signIn.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Duration> wait = this.throttle.tryAttempt(request.getParameter(USERNAME), request.getRemoteAddr());
		if (wait.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
		SecurityConfig.problem(this.json, response, HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED",
				"登录尝试过于频繁，请 {0} 秒后再试", Map.of("retryAfter", seconds), seconds);
	}

}
