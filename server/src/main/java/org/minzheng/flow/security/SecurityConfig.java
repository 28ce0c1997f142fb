package org.minzheng.flow.security;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import org.minzheng.flow.shared.ProblemMessages;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AccountStatusUserDetailsChecker;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Every endpoint needs a signed-in user, except the sign-in page, static assets, health,
 * and the public lottery waitlist (GET only): form login with a server-side session
 * (Spring Session JDBC), and the same session for the JSON API, CSRF-protected by the
 * XSRF-TOKEN cookie echoed in X-XSRF-TOKEN. The API answers 401/403 as ProblemDetail
 * instead of redirecting. The sign-in page is the workbench's own ({@code /login}, a
 * route of the single-page app); it posts to the same form-login endpoint and gets JSON
 * back (see {@link BrowserLogin}), throttled by source ({@link SignInThrottle}), never by
 * locking the account. Camunda's REST API and webapps are not deployed.
 * <p>
 * The CSRF token is the session's ({@link SessionCsrf}: the cookie only hands it to the
 * browser), and sessions end after idle and absolute timeouts ({@link SessionLimits}).
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	/**
	 * The password is compared before anything about the account is looked at — for an
	 * unknown username against a dummy hash — and a locked or disabled account is refused
	 * only after it: every failed sign-in costs one BCrypt comparison, whatever the
	 * account, and {@link BrowserLogin.Failure} gives them all the same answer.
	 */
	@Bean
	AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder,
			ObjectProvider<AuthenticationEventPublisher> events) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(encoder);
		provider.setPreAuthenticationChecks(user -> {
		});
		provider.setPostAuthenticationChecks(new AccountStatusUserDetailsChecker());
		ProviderManager manager = new ProviderManager(provider);
		events.ifAvailable(manager::setAuthenticationEventPublisher);
		return manager;
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectMapper json, StaffUserService users,
			AuthenticationManager authenticationManager, SignInThrottle throttle, SessionLimits sessionLimits,
			SecondFactorPolicy secondFactorPolicy, SecondFactorService secondFactors) throws Exception {
		// the session's token, read for pages and the API (none for a health check)
		CsrfTokenRequestAttributeHandler csrfHandler = new SessionCsrf.Handler();
		// "/error" called directly answers as an unknown API address does
		// (errorPathCalledDirectly)
		RequestMatcher api = new OrRequestMatcher(AntPathRequestMatcher.antMatcher("/api/**"),
				AntPathRequestMatcher.antMatcher("/error"));
		http.authorizeHttpRequests(auth -> auth
			// the container's own error dispatch renders the error of a request already
			// checked; a request for "/error" itself is checked like any other
			.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/login", "/actuator/health", "/index.html", "/assets/**", "/favicon.ico")
			.permitAll()
			// the public, read-only waitlist of welfare-lottery outlets (lottery
			// feature): GET only
			.requestMatchers(HttpMethod.GET, "/api/public/lottery/**", "/public/lottery", "/public/lottery/**")
			.permitAll()
			// the public, read-only waitlist of public care homes (carehome feature): GET
			// only
			.requestMatchers(HttpMethod.GET, "/api/public/carehome/**", "/public/carehome", "/public/carehome/**")
			.permitAll()
			// the published charity records and their verification against the audit
			// chain (charity feature): GET only
			.requestMatchers(HttpMethod.GET, "/api/public/charity/**", "/public/charity", "/public/charity/**")
			.permitAll()
			// browsers' Content-Security-Policy violation reports (CspReportController)
			.requestMatchers(HttpMethod.POST, BrowserHardening.REPORT_PATH)
			.permitAll()
			.anyRequest()
			.authenticated())
			.authenticationManager(authenticationManager)
			.formLogin(form -> form.loginPage("/login")
				.permitAll()
				.successHandler(new BrowserLogin.Success(json, throttle))
				.failureHandler(new BrowserLogin.Failure(json)))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(new SessionCsrf())
				.csrfTokenRequestHandler(csrfHandler)
				// browsers send violation reports without a token; the endpoint changes
				// nothing
				.ignoringRequestMatchers(BrowserHardening.REPORT_PATH))
			.exceptionHandling(ex -> ex
				.defaultAuthenticationEntryPointFor((request, response, e) -> unauthorized(json, request, response),
						api)
				.defaultAccessDeniedHandlerFor((request, response, e) -> problem(json, response, HttpStatus.FORBIDDEN,
						"ACCESS_DENIED", "无权执行此操作（或 CSRF 令牌缺失）"), api))
			// idle and absolute timeouts, before anything reads who is signed in
			.addFilterAfter(sessionLimits.filter(), SecurityContextHolderFilter.class)
			.addFilterAfter(new FreshUserFilter(users), SecurityContextHolderFilter.class)
			// after the CSRF check, so that a forged post is not even counted
			.addFilterBefore(new SignInThrottleFilter(throttle, json), UsernamePasswordAuthenticationFilter.class)
			// the password alone is a partial sign-in for those who need the second
			// factor
			.addFilterAfter(new SecondFactorGate(secondFactorPolicy, secondFactors, json), AuthorizationFilter.class)
			.headers(BrowserHardening::headers);
		return http.build();
	}

	/**
	 * 401 for the API: {@code SESSION_EXPIRED} when the request came with a session that
	 * has ended (a timeout, or signed out from another device; the workbench then shows
	 * the sign-in page with a message), else {@code AUTH_REQUIRED}.
	 */
	private static void unauthorized(ObjectMapper json, jakarta.servlet.http.HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (SessionLimits.expired(request)) {
			problem(json, response, HttpStatus.UNAUTHORIZED, "SESSION_EXPIRED", "会话已过期，请重新登录");
		}
		else {
			problem(json, response, HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", "请先登录");
		}
	}

	/**
	 * The database unreachable for a moment (restarted, a network cut): the session
	 * filters, which run before any controller, meet it first. The request is answered
	 * {@code 503 DATABASE_UNAVAILABLE} with Retry-After, a ProblemDetail the workbench
	 * shows, instead of the container's 500; the pool reconnects by itself.
	 */
	@Bean
	FilterRegistrationBean<Filter> databaseUnavailable(ObjectMapper json) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response, chain) -> {
			try {
				chain.doFilter(request, response);
			}
			catch (RuntimeException | jakarta.servlet.ServletException ex) {
				if (!databaseAway(ex) || response.isCommitted()) {
					throw ex;
				}
				HttpServletResponse http = (HttpServletResponse) response;
				http.reset();
				http.setHeader("Retry-After", "5");
				problem(json, http, HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "数据库暂时无法连接，请稍后重试");
			}
		});
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Whether the failure is the database being out of reach (not a bad statement). */
	static boolean databaseAway(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof org.springframework.transaction.CannotCreateTransactionException
					|| t instanceof org.springframework.dao.DataAccessResourceFailureException
					|| t instanceof org.springframework.jdbc.CannotGetJdbcConnectionException
					|| t instanceof java.sql.SQLTransientConnectionException
					|| t instanceof java.sql.SQLNonTransientConnectionException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A request for Spring Boot's error path itself (not the container's error dispatch,
	 * which still renders real errors) names no resource: 404 as any unknown address,
	 * after the filter chain has asked for a session as it does for {@code /api}.
	 */
	@Bean
	FilterRegistrationBean<Filter> errorPathCalledDirectly(ObjectMapper json) {
		FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>((request, response,
				chain) -> problem(json, (HttpServletResponse) response, HttpStatus.NOT_FOUND, "NOT_FOUND", "资源不存在"));
		registration.addUrlPatterns("/error");
		registration.setDispatcherTypes(DispatcherType.REQUEST);
		registration.setOrder(Ordered.LOWEST_PRECEDENCE);
		return registration;
	}

	/**
	 * A request Spring Security's firewall refuses before any controller (an encoded
	 * percent sign, a {@code ..} segment): a ProblemDetail like every other refusal.
	 */
	@Bean
	org.springframework.security.web.firewall.RequestRejectedHandler requestRejectedHandler(ObjectMapper json) {
		return (request, response, ex) -> problem(json, response, HttpStatus.BAD_REQUEST, "REQUEST_REJECTED",
				"请求地址含有不允许的字符");
	}

	static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code, String detail)
			throws IOException {
		problem(json, response, status, code, detail, Map.of());
	}

	/**
	 * Writes the ProblemDetail, its detail the code's text in the reader's language
	 * ({@link ProblemMessages}), given here in Chinese with {@code {0}} per argument.
	 */
	static void problem(ObjectMapper json, HttpServletResponse response, HttpStatus status, String code, String detail,
			Map<String, Object> properties, Object... args) throws IOException {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				ProblemMessages.detail(code, null, detail, args));
		problem.setProperty("code", code);
		properties.forEach(problem::setProperty);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		json.writeValue(response.getOutputStream(), problem);
	}

}
