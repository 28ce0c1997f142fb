package org.minzheng.flow.security;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.minzheng.flow.audit.AuditRetention;
import org.springframework.core.env.Environment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The security policy in force, for administrators (MLPS 2.0 asks that it be known and
 * checked): password rules, sign-in throttling, session timeouts, the second factor, how
 * long the audit trail is kept and how the transport is protected. Everything is read
 * from the settings and rules the application actually applies, never restated.
 */
@RestController
class SecurityPolicyController {

	/**
	 * The roles "privileged" covers for the second factor (issue 20): who can change what
	 * everybody else may do, or reads everything.
	 */
	// the same set the gate enforces (SecondFactorPolicy)
	static final List<Role> PRIVILEGED = List.copyOf(SecondFactorPolicy.PRIVILEGED);

	/** What Spring Security's HSTS header says (sent on HTTPS requests only). */
	static final String HSTS = "max-age=" + BrowserHardening.HSTS_MAX_AGE.toSeconds() + " ; includeSubDomains";

	private final SessionProperties sessions;

	private final AuditRetention audit;

	private final Environment environment;

	private final SecondFactorProperties secondFactor;

	SecurityPolicyController(SessionProperties sessions, AuditRetention audit, Environment environment,
			SecondFactorProperties secondFactor) {
		this.secondFactor = secondFactor;
		this.sessions = sessions;
		this.audit = audit;
		this.environment = environment;
	}

	@Access(roles = Role.ADMIN)
	@GetMapping("/api/admin/security-policy")
	SecurityPolicy policy(HttpServletRequest request) {
		return new SecurityPolicy(new Passwords(StaffDirectory.PASSWORD_MIN_LENGTH, true, true, "BCrypt"),
				new SignIn(rule(SignInThrottle.PAIR), rule(SignInThrottle.ADDRESS), false),
				new Sessions(sessions.idleTimeout().toSeconds(), sessions.absoluteTimeout().toSeconds(), true, true),
				new SecondFactor(secondFactor.requiredFor().name().toLowerCase(java.util.Locale.ROOT), PRIVILEGED),
				new Audit(audit.retention().toString(), AuditRetention.MINIMUM.toString(), true),
				new Transport(environment.getProperty("server.ssl.enabled", Boolean.class, false),
						environment.getProperty("server.forward-headers-strategy", "none"),
						environment.getProperty("server.servlet.session.cookie.secure", Boolean.class, false),
						request.isSecure(), HSTS));
	}

	private static Throttle rule(SignInThrottle.Rule rule) {
		return new Throttle(rule.free(), rule.cap().toSeconds(), rule.window().toSeconds());
	}

	/** The policy, section by section. */
	record SecurityPolicy(Passwords passwords, SignIn signIn, Sessions sessions, SecondFactor secondFactor, Audit audit,
			Transport transport) {
	}

	/** Rules for passwords an administrator sets, and how they are stored. */
	record Passwords(int minLength, boolean letterRequired, boolean digitRequired, String hashing) {
	}

	/**
	 * Throttling of failed sign-ins per (username, address) and per address; accounts are
	 * never locked by failed sign-ins ({@code lockoutByFailures} false), only by an
	 * administrator.
	 */
	record SignIn(Throttle perUserAndAddress, Throttle perAddress, boolean lockoutByFailures) {
	}

	/**
	 * Failures free, the longest wait and how long a count lasts (seconds); the wait
	 * doubles after each further failure.
	 */
	record Throttle(int freeFailures, long maxWaitSeconds, long windowSeconds) {
	}

	/**
	 * Session timeouts (seconds); CSRF token bound to the session; own sessions listed.
	 */
	record Sessions(long idleTimeoutSeconds, long absoluteTimeoutSeconds, boolean csrfBoundToSession,
			boolean ownSessionsListed) {
	}

	/** Who must use a second factor: the setting, and the roles "privileged" means. */
	record SecondFactor(String requiredFor, List<Role> privilegedRoles) {
	}

	/** How long the audit trail is kept (ISO periods); it is hash-chained. */
	record Audit(String retention, String minimum, boolean hashChained) {
	}

	/**
	 * TLS at the server, forwarded headers from a proxy that ends TLS, the session
	 * cookie's Secure flag, whether this request came over HTTPS, the HSTS header sent on
	 * HTTPS requests.
	 */
	record Transport(boolean tlsEnabled, String forwardHeaders, boolean secureCookie, boolean thisRequestSecure,
			String hsts) {
	}

}
