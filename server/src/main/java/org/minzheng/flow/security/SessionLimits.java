package org.minzheng.flow.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The idle and absolute timeouts of signed-in sessions ({@link SessionProperties}), and
 * what the list of a user's sessions shows of each ({@link MySessions}).
 * <p>
 * The first request of a signed-in session records in it when it signed in, from which
 * device (a summary of the user agent) and from which address (masked: only what a user
 * needs to tell their own devices apart is kept). Every request then checks both timeouts
 * against the application's clock before anything else reads the session: a session past
 * either loses its sign-in and the request goes on as anonymous, which the API answers
 * {@code 401 SESSION_EXPIRED} ({@link #expired}). Activity is written at most every
 * {@link #TOUCH} (one write of the session per request would double the session writes),
 * so a session may end up to that much before its idle timeout is quite over. Spring
 * Session keeps the row a little longer ({@link #GRACE}) than the idle timeout, so that
 * it is this check, which knows why, that ends it; a session that is no longer there at
 * all (ended from another device, or removed by Spring Session's cleanup) is answered as
 * expired too.
 */
@Component
class SessionLimits {

	static final String SIGNED_IN_AT = "minzheng.session.signedInAt";

	static final String LAST_ACTIVE = "minzheng.session.lastActive";

	/** The session id the sign-in was recorded under. */
	static final String SIGNED_IN_ID = "minzheng.session.signedInId";

	static final String DEVICE = "minzheng.session.device";

	static final String ADDRESS = "minzheng.session.address";

	/** How often the last activity is written at most. */
	static final Duration TOUCH = Duration.ofSeconds(15);

	/** How much longer than the idle timeout Spring Session keeps a signed-in session. */
	static final Duration GRACE = Duration.ofMinutes(1);

	private static final String EXPIRED = SessionLimits.class.getName() + ".expired";

	private final SessionProperties properties;

	private final Clock clock;

	SessionLimits(SessionProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	SessionProperties properties() {
		return properties;
	}

	/**
	 * Whether the request came with a session that has ended: past a timeout, or no
	 * longer there.
	 */
	static boolean expired(HttpServletRequest request) {
		return request.getAttribute(EXPIRED) != null;
	}

	/**
	 * Whether a session signed in at {@code signedInAt} and last active at
	 * {@code lastActive} is over at {@code now}.
	 */
	boolean over(Instant signedInAt, Instant lastActive, Instant now) {
		return !now.isBefore(signedInAt.plus(properties.absoluteTimeout()))
				|| !now.isBefore(lastActive.plus(properties.idleTimeout()));
	}

	Instant now() {
		return clock.instant();
	}

	/** The filter, after the security context is loaded and before anything uses it. */
	OncePerRequestFilter filter() {
		return new OncePerRequestFilter() {
			@Override
			protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
					throws ServletException, IOException {
				check(request);
				chain.doFilter(request, response);
			}
		};
	}

	void check(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			if (request.getRequestedSessionId() != null) {
				request.setAttribute(EXPIRED, Boolean.TRUE);
			}
			return;
		}
		Instant now = clock.instant();
		Instant signedInAt = (Instant) session.getAttribute(SIGNED_IN_AT);
		// signing in changes the session id: a sign-in not recorded yet (also one over
		// another in the same browser session)
		if (signedInAt == null || !session.getId().equals(session.getAttribute(SIGNED_IN_ID))) {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication != null && authentication.getPrincipal() instanceof StaffUser) {
				session.setAttribute(SIGNED_IN_ID, session.getId());
				session.setAttribute(SIGNED_IN_AT, now);
				session.setAttribute(LAST_ACTIVE, now);
				session.setAttribute(DEVICE, device(request.getHeader("User-Agent")));
				session.setAttribute(ADDRESS, maskAddress(request.getRemoteAddr()));
				session.setMaxInactiveInterval((int) properties.idleTimeout().plus(GRACE).toSeconds());
			}
			return;
		}
		Instant lastActive = (Instant) session.getAttribute(LAST_ACTIVE);
		if (lastActive == null) {
			lastActive = signedInAt;
		}
		if (over(signedInAt, lastActive, now)) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			request.setAttribute(EXPIRED, Boolean.TRUE);
			return;
		}
		if (Duration.between(lastActive, now).compareTo(TOUCH) >= 0) {
			session.setAttribute(LAST_ACTIVE, now);
		}
	}

	/**
	 * What a user needs to recognise a device: browser and system, e.g. "Chrome ·
	 * Windows"; never the whole user agent.
	 */
	static String device(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "?";
		}
		String ua = userAgent.toLowerCase(Locale.ROOT);
		String browser;
		if (ua.contains("edg/") || ua.contains("edge/")) {
			browser = "Edge";
		}
		else if (ua.contains("micromessenger")) {
			browser = "WeChat";
		}
		else if (ua.contains("firefox/")) {
			browser = "Firefox";
		}
		else if (ua.contains("opr/") || ua.contains("opera")) {
			browser = "Opera";
		}
		else if (ua.contains("chrome/") || ua.contains("chromium/")) {
			browser = "Chrome";
		}
		else if (ua.contains("safari/")) {
			browser = "Safari";
		}
		else if (ua.startsWith("java") || ua.contains("httpclient")) {
			browser = "HTTP client";
		}
		else {
			browser = "?";
		}
		String system;
		if (ua.contains("android")) {
			system = "Android";
		}
		else if (ua.contains("iphone") || ua.contains("ipad")) {
			system = "iOS";
		}
		else if (ua.contains("windows")) {
			system = "Windows";
		}
		else if (ua.contains("mac os")) {
			system = "macOS";
		}
		else if (ua.contains("linux") || ua.contains("x11")) {
			system = "Linux";
		}
		else {
			return browser;
		}
		return browser + " · " + system;
	}

	/**
	 * The client address as shown: an IPv4 address without its last byte
	 * ({@code 10.2.3.*}), an IPv6 address by its first three groups
	 * ({@code 2001:db8:1:*}).
	 */
	static String maskAddress(String remoteAddress) {
		if (remoteAddress == null || remoteAddress.isBlank()) {
			return "?";
		}
		String address = remoteAddress.strip();
		if (address.indexOf(':') < 0) {
			int last = address.lastIndexOf('.');
			return last < 0 ? "?" : address.substring(0, last) + ".*";
		}
		String key = SignInThrottle.clientKey(address);
		String[] groups = key.replace("/64", "").split(":");
		StringBuilder masked = new StringBuilder();
		for (int i = 0; i < Math.min(3, groups.length) && !groups[i].isEmpty(); i++) {
			masked.append(groups[i]).append(':');
		}
		return masked.length() == 0 ? "*" : masked + "*";
	}

}
