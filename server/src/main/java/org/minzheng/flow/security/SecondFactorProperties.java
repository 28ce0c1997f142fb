package org.minzheng.flow.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The second factor at sign-in ({@code minzheng.security.second-factor}).
 *
 * @param requiredFor who must pass it: {@code privileged} (administrators, process
 * owners, auditors and supervisors: MLPS 2.0 level 3) or {@code everyone}
 * @param issuer the name an authenticator app shows next to the account
 */
@ConfigurationProperties("minzheng.security.second-factor")
record SecondFactorProperties(@DefaultValue("privileged") RequiredFor requiredFor,
		@DefaultValue("民政流程平台") String issuer) {

	/** Who must pass the second factor. */
	enum RequiredFor {

		/** Administrators, process owners, auditors and supervisors. */
		PRIVILEGED,
		/** Every user. */
		EVERYONE

	}

}
