package org.minzheng.flow.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Test contexts only: the general suites sign in privileged demo users many times within
 * one 30-second step, which the production rule (a step is accepted once per user)
 * rightly refuses. So in the shared test context ({@code ApplicationTest}) the password
 * alone signs everyone in fully — the second factor is switched off there, not weakened.
 * {@code SecondFactorIT} and {@code SecondFactorBrowserIT} set
 * {@code mzf.test.second-factor=enforced} and run against the production policy, the
 * production verifier and the test clock.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SecondFactorTestExemption {

	/** The property that keeps the production policy in a test context. */
	public static final String ENFORCED = "mzf.test.second-factor=enforced";

	@Bean
	@Primary
	@ConditionalOnProperty(name = "mzf.test.second-factor", havingValue = "exempt", matchIfMissing = true)
	SecondFactorPolicy secondFactorNotAsked(SecondFactorProperties properties) {
		return new SecondFactorPolicy(properties) {
			@Override
			boolean required(StaffUser user) {
				return false;
			}
		};
	}

}
