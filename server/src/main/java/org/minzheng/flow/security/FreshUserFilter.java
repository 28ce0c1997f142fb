package org.minzheng.flow.security;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Revocation on the next request, on every node: the session (in the database) only says
 * who signed in; what they may do is read again from the database for each request. A
 * disabled, locked or deleted account loses its session and the request goes on as
 * anonymous (401 for the API); a changed role, a role moved to another unit or a role
 * taken away holds from this request on.
 */
final class FreshUserFilter extends OncePerRequestFilter {

	private final StaffUserService users;

	FreshUserFilter(StaffUserService users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof StaffUser signedIn) {
			Optional<StaffUser> fresh = users.reload(signedIn.id())
				.filter(user -> user.username().equals(signedIn.username()))
				.filter(StaffUser::isEnabled)
				.filter(StaffUser::isAccountNonLocked);
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			if (fresh.isPresent()) {
				context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh.get(), null,
						fresh.get().getAuthorities()));
			}
			else {
				HttpSession session = request.getSession(false);
				if (session != null) {
					session.invalidate();
				}
			}
			SecurityContextHolder.setContext(context);
		}
		chain.doFilter(request, response);
	}

}
