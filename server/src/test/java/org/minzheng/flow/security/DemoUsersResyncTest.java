package org.minzheng.flow.security;

import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;

import org.junit.jupiter.api.Test;

/**
 * A demo database from before the realistic names follows the list: the existing user's
 * display name is set to the list's, roles untouched when they already match.
 */
class DemoUsersResyncTest {

	private final UserMapper users = mock(UserMapper.class);

	private final DemoUsers demo = new DemoUsers(users,
			mock(org.springframework.security.crypto.password.PasswordEncoder.class), Clock.systemUTC(), null, null);

	@Test
	void anExistingDemoUserWithAnOldNameGetsTheListsName() {
		DemoUsers.Demo reviewer = DemoUsers.USERS.stream()
			.filter(each -> each.username().equals("so-yt-reviewer"))
			.findFirst()
			.orElseThrow();
		DemoUsers.USERS.forEach(each -> when(users.findByUsername(each.username())).thenReturn(new UserMapper.UserRow(
				each.username().hashCode(), each.username(), each.displayName(), "x", true, 0, null)));
		when(users.findByUsername("so-yt-reviewer"))
			.thenReturn(new UserMapper.UserRow(42, "so-yt-reviewer", "盐田区民政局 社会组织登记 审查员 严谨", "x", true, 0, null));
		DemoUsers.USERS
			.forEach(each -> when(users.findAssignments(each.username().hashCode())).thenReturn(each.assignments()));
		when(users.findAssignments(42)).thenReturn(reviewer.assignments());

		demo.createOrResync();

		verify(users).updateDisplayName(42, reviewer.displayName());
		verify(users, never()).updateDisplayName(org.mockito.ArgumentMatchers.eq((long) "so-city-reviewer".hashCode()),
				anyString());
		verify(users, never()).deleteAssignments(anyLong());
	}

}
