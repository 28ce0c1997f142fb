package org.minzheng.flow.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in staff user of the current request. */
public final class CurrentUser {

	private CurrentUser() {
	}

	public static StaffUser get() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser user) {
			return user;
		}
		throw new IllegalStateException("No signed-in staff user");
	}

}
