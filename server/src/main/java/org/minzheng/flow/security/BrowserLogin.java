package org.minzheng.flow.security;

import java.io.IOException;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The workbench signs in with fetch against the ordinary form-login endpoint: such
 * requests ({@code X-Requested-With: XMLHttpRequest} or {@code Accept: application/json})
 * get JSON — 200 with where to go next, or a 401 ProblemDetail with {@code LOGIN_FAILED}
 * — while a plain form post keeps the redirects. Every failure gets the same answer, so
 * that nobody learns which usernames exist or which accounts are locked or disabled.
 */
final class BrowserLogin {

	private BrowserLogin() {
	}

	static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader("Accept");
		return "XMLHttpRequest".equals(request.getHeader("X-Requested-With"))
				|| (accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE));
	}

	/**
	 * 200 JSON for the workbench (with the page the user first asked for), else redirect.
	 */
	static final class Success implements AuthenticationSuccessHandler {

		private final ObjectMapper json;

		private final SignInThrottle throttle;

		private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

		private final SavedRequestAwareAuthenticationSuccessHandler redirect = new SavedRequestAwareAuthenticationSuccessHandler();

		Success(ObjectMapper json, SignInThrottle throttle) {
			this.json = json;
			this.throttle = throttle;
			this.redirect.setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws IOException, ServletException {
			// the username as typed, as SignInThrottleFilter counted it
			this.throttle.succeeded(request.getParameter(SignInThrottleFilter.USERNAME), request.getRemoteAddr());
			if (!wantsJson(request)) {
				this.redirect.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			SavedRequest saved = this.cache.getRequest(request, response);
			String target = "/";
			if (saved != null) {
				this.cache.removeRequest(request, response);
				String url = saved.getRedirectUrl();
				String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?&]continue$", "");
				// only pages of the workbench: a saved API or asset request is no place
				// to land
				if (!path.startsWith("/api/") && !path.startsWith("/assets/")) {
					target = path;
				}
			}
			response.setStatus(HttpStatus.OK.value());
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			this.json.writeValue(response.getOutputStream(),
					Map.of("username", authentication.getName(), "redirect", target));
		}

	}

	/**
	 * 401 ProblemDetail for the workbench, else back to the sign-in page with ?error: the
	 * same for an unknown username, a wrong password, a locked and a disabled account.
	 */
	static final class Failure implements AuthenticationFailureHandler {

		static final String MESSAGE = "用户名或密码错误";

		private final ObjectMapper json;

		private final SimpleUrlAuthenticationFailureHandler redirect = new SimpleUrlAuthenticationFailureHandler(
				"/login?error");

		Failure(ObjectMapper json) {
			this.json = json;
		}

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				AuthenticationException exception) throws IOException, ServletException {
			if (!wantsJson(request)) {
				// the redirect handler keeps the exception in the session: keep only what
				// every failure shares
				this.redirect.onAuthenticationFailure(request, response, new BadCredentialsException(MESSAGE));
				return;
			}
			SecurityConfig.problem(this.json, response, HttpStatus.UNAUTHORIZED, "LOGIN_FAILED", MESSAGE);
		}

	}

}
