package org.minzheng.flow.security;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's own sessions ("我的会话"): every user, auditors and external parties
 * included, may list and end their own and nobody else's.
 */
@RestController
@Validated
class SessionController {

	private final MySessions sessions;

	SessionController(MySessions sessions) {
		this.sessions = sessions;
	}

	@Access
	@GetMapping("/api/me/sessions")
	List<MySessions.SessionView> list(HttpServletRequest request) {
		return sessions.list(CurrentUser.get(), currentId(request));
	}

	@Access(readOnlyMayCall = true)
	@PostMapping("/api/me/sessions/{id}/sign-out")
	Map<String, Integer> signOut(@PathVariable @Size(max = 64) String id, HttpServletRequest request) {
		sessions.end(CurrentUser.get(), id, currentId(request));
		return Map.of("ended", 1);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping("/api/me/sessions/sign-out-others")
	Map<String, Integer> signOutOthers(HttpServletRequest request) {
		return Map.of("ended", sessions.endOthers(CurrentUser.get(), currentId(request)));
	}

	private static String currentId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? "" : session.getId();
	}

}
