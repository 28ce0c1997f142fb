package org.minzheng.flow.security;

import java.io.IOException;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second half of a privileged sign-in. The password alone makes a partial sign-in:
 * until the session has passed the second factor ({@link #VERIFIED} holds the id of the
 * factor it passed), a user who must pass it ({@link SecondFactorPolicy}) reaches the
 * second-factor endpoints, sign-out and the workbench's pages (static, no data) — and
 * nothing else: every other request answers 401 {@code SECOND_FACTOR_REQUIRED} with the
 * step to take ({@code CODE} or {@code ENROL}). The factor is read again on every
 * request, so an administrator's reset sends the user's sessions back to the enrolment
 * step at once. Runs after the authorisation filter: a request without any sign-in gets
 * the usual {@code AUTH_REQUIRED}.
 */
final class SecondFactorGate extends OncePerRequestFilter {

	/** The session attribute holding the id of the factor this session passed. */
	static final String VERIFIED = "minzheng.second-factor.verified";

	/** Where a partial sign-in may go under /api. */
	static final String ENDPOINTS = "/api/second-factor";

	private final SecondFactorPolicy policy;

	private final SecondFactorService factors;

	private final ObjectMapper json;

	SecondFactorGate(SecondFactorPolicy policy, SecondFactorService factors, ObjectMapper json) {
		this.policy = policy;
		this.factors = factors;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof StaffUser user)
				|| !policy.required(user) || passed(request, user)) {
			chain.doFilter(request, response);
			return;
		}
		if (open(request)) {
			chain.doFilter(request, response);
			return;
		}
		SecondFactorService.Step step = factors.step(user.id());
		SecurityConfig.problem(json, response, HttpStatus.UNAUTHORIZED, "SECOND_FACTOR_REQUIRED",
				step == SecondFactorService.Step.ENROL ? "请先绑定动态口令（双因素认证）" : "请输入动态口令完成登录", Map.of("step", step));
	}

	/** Whether the session passed the factor the user holds now. */
	private boolean passed(HttpServletRequest request, StaffUser user) {
		HttpSession session = request.getSession(false);
		Object verified = session == null ? null : session.getAttribute(VERIFIED);
		if (verified == null) {
			return false;
		}
		OptionalLong current = factors.confirmed(user.id());
		if (current.isPresent() && verified.equals(current.getAsLong())) {
			return true;
		}
		// reset (or replaced) since: this session passed a factor that is gone
		session.removeAttribute(VERIFIED);
		return false;
	}

	/**
	 * What a partial sign-in may reach: the second-factor endpoints, sign-out, pages
	 * (every GET outside the API is a page of the workbench or an asset; the data is all
	 * under /api) and what anyone may read without signing in (the public pages' API).
	 */
	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals(ENDPOINTS) || path.startsWith(ENDPOINTS + "/") || path.equals("/logout")) {
			return true;
		}
		boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
		if (read && path.startsWith("/api/public/")) {
			// the public pages' API, open to anyone without signing in
			return true;
		}
		return read && !path.startsWith("/api/") && !path.equals("/api") && !path.equals("/error");
	}

}
