package org.minzheng.flow.security;

import java.util.function.Supplier;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * The CSRF token lives in the session (server side) and only there: a write passes when
 * its {@code X-XSRF-TOKEN} header (or {@code _csrf} field) repeats the session's copy.
 * The {@code XSRF-TOKEN} cookie is only how the single-page app learns the value;
 * whatever cookie a request brings is never compared with anything, so a cookie planted
 * by someone else (a sibling subdomain, a man in the middle of a plain-HTTP page)
 * together with a header repeating it is refused (403 ACCESS_DENIED). Signing in drops
 * the token and makes a new one (Spring Security's CSRF authentication strategy),
 * together with the new session id.
 */
final class SessionCsrf implements CsrfTokenRepository {

	static final String COOKIE = "XSRF-TOKEN";

	static final String HEADER = "X-XSRF-TOKEN";

	/** The value this response already sent in the cookie. */
	private static final String WRITTEN = SessionCsrf.class.getName() + ".written";

	private final HttpSessionCsrfTokenRepository store = new HttpSessionCsrfTokenRepository();

	SessionCsrf() {
		store.setHeaderName(HEADER);
	}

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return store.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		store.saveToken(token, request, response);
		writeCookie(token == null ? "" : token.getToken(), request, response);
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return store.loadToken(request);
	}

	/** Gives the browser the value to repeat (an empty value removes the cookie). */
	private static void writeCookie(String value, HttpServletRequest request, HttpServletResponse response) {
		String path = request.getContextPath();
		ResponseCookie cookie = ResponseCookie.from(COOKIE, value)
			.path(path == null || path.isEmpty() ? "/" : path)
			.secure(request.isSecure())
			.httpOnly(false)
			.sameSite("Lax")
			.maxAge(value.isEmpty() ? 0 : -1)
			.build();
		response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
		request.setAttribute(WRITTEN, value);
	}

	private static String cookieValue(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (COOKIE.equals(cookie.getName())) {
					return cookie.getValue();
				}
			}
		}
		return null;
	}

	/**
	 * Spring Security makes the token only when something reads it, and a single-page app
	 * never renders it: every page and API request reads it (making one, and a session,
	 * when there is none), and the cookie is written again when the browser's copy is not
	 * the session's (lost, or left from another session). Signing in runs this too (after
	 * the old token is dropped), so the sign-in answer carries the new token. Health
	 * checks, assets and the public pages make no session.
	 */
	static final class Handler extends CsrfTokenRequestAttributeHandler {

		@Override
		public void handle(HttpServletRequest request, HttpServletResponse response,
				Supplier<CsrfToken> deferredCsrfToken) {
			super.handle(request, response, deferredCsrfToken);
			if (wantsToken(request)) {
				String value = deferredCsrfToken.get().getToken();
				if (request.getAttribute(WRITTEN) == null && !value.equals(cookieValue(request))) {
					writeCookie(value, request, response);
				}
			}
		}

		private static boolean wantsToken(HttpServletRequest request) {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			return !(path.startsWith("/actuator/") || path.startsWith("/assets/") || path.equals("/favicon.ico")
					|| path.startsWith("/api/public/") || path.equals("/public") || path.startsWith("/public/"));
		}

	}

}
