package org.minzheng.flow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Every sign-in costs exactly one password comparison, whatever the account: an unknown
 * username is compared against a dummy hash, and a locked or disabled account is refused
 * only after its password was compared — so neither answers sooner than a wrong password.
 */
class SignInChecksTest {

	final AtomicInteger comparisons = new AtomicInteger();

	final PasswordEncoder encoder = new PasswordEncoder() {

		@Override
		public String encode(CharSequence raw) {
			return "hash:" + raw;
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			comparisons.incrementAndGet();
			return encoded.equals("hash:" + raw);
		}
	};

	final Map<String, StaffUser> users = Map.of("active", user("active", true, false), "locked",
			user("locked", true, true), "disabled", user("disabled", false, false));

	final UserDetailsService directory = username -> {
		StaffUser user = users.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("unknown user");
		}
		return user;
	};

	final AuthenticationManager manager = new SecurityConfig().authenticationManager(directory, encoder,
			new StaticListableBeanFactory().getBeanProvider(AuthenticationEventPublisher.class));

	@Test
	void eachFailureComparesThePasswordOnce() {
		for (String[] attempt : List.of(new String[] { "nobody", "secret" }, new String[] { "active", "wrong" },
				new String[] { "locked", "secret" }, new String[] { "locked", "wrong" },
				new String[] { "disabled", "secret" }, new String[] { "disabled", "wrong" })) {
			comparisons.set(0);
			assertThatThrownBy(() -> manager
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(attempt[0], attempt[1])))
				.as(String.join("/", attempt))
				.isInstanceOf(AuthenticationException.class);
			assertThat(comparisons).as(String.join("/", attempt)).hasValue(1);
		}
	}

	@Test
	void theAccountsStateIsLookedAtOnlyAfterItsPassword() {
		for (String username : List.of("locked", "disabled")) {
			assertThatThrownBy(
					() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong")))
				.as(username)
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(
				() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("locked", "secret")))
			.isInstanceOf(LockedException.class);
		assertThatThrownBy(
				() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("disabled", "secret")))
			.isInstanceOf(DisabledException.class);
	}

	@Test
	void theRightPasswordOfAnActiveAccountSignsIn() {
		assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("active", "secret"))
			.isAuthenticated()).isTrue();
		assertThat(comparisons).hasValue(1);
	}

	private StaffUser user(String username, boolean enabled, boolean locked) {
		return new StaffUser(1, username, username, "hash:secret", enabled, locked, List.of(), Map.of(), Map.of());
	}

}
