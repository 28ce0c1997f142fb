package org.minzheng.flow.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts ({@code minzheng.security.session.*}): MLPS 2.0
 * level 3 asks for sessions that end by themselves, after a while without activity and
 * after a fixed time whatever the activity (a session left open on a shared office
 * computer, a stolen session cookie). The application refuses to start with settings that
 * make no sense.
 *
 * @param idleTimeout how long a session may go without a request before it ends
 * @param absoluteTimeout how long after signing in a session ends, however active
 */
@ConfigurationProperties("minzheng.security.session")
record SessionProperties(@DefaultValue("30m") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {

	SessionProperties {
		if (idleTimeout.isNegative() || idleTimeout.isZero()) {
			throw new IllegalArgumentException(
					"minzheng.security.session.idle-timeout must be positive: " + idleTimeout);
		}
		if (absoluteTimeout.compareTo(idleTimeout) < 0) {
			throw new IllegalArgumentException("minzheng.security.session.absolute-timeout (" + absoluteTimeout
					+ ") must not be shorter than the idle timeout (" + idleTimeout + ")");
		}
	}

}
