package org.minzheng.flow.security;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.ApiException;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's own signed-in sessions, and signing them out from elsewhere (a browser left
 * open at another office, a lost phone). Only the user's own sessions are ever looked at
 * (Spring Session's index by principal name): another user's session is "not found",
 * exactly as a session that never existed. A session is named by a digest of its id,
 * never the id itself, which is the session cookie's value and would sign anyone in who
 * read it. Each sign-out is written to the audit trail.
 */
@Service
class MySessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	private final SessionLimits limits;

	private final AuditTrail audit;

	MySessions(FindByIndexNameSessionRepository<? extends Session> sessions, SessionLimits limits, AuditTrail audit) {
		this.sessions = sessions;
		this.limits = limits;
		this.audit = audit;
	}

	/** One of the user's sessions as the user sees it. */
	record SessionView(String id, boolean current, String device, String address, Instant signedInAt,
			Instant lastActiveAt) {
	}

	/** The user's live sessions, this one first, then the most recently active. */
	List<SessionView> list(StaffUser user, String currentSessionId) {
		return live(user).stream()
			.map(s -> view(s, currentSessionId))
			.sorted(Comparator.comparing(SessionView::current)
				.reversed()
				.thenComparing(SessionView::lastActiveAt, Comparator.reverseOrder()))
			.toList();
	}

	/**
	 * Ends one of the user's other sessions; 404 for a session that is not the user's (or
	 * no longer there), 400 for this one (signing out does that).
	 */
	@Transactional
	void end(StaffUser user, String id, String currentSessionId) {
		Session target = live(user).stream()
			.filter(s -> handle(s.getId()).equals(id))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("SESSION_NOT_FOUND", "会话不存在或已结束"));
		if (target.getId().equals(currentSessionId)) {
			throw ApiException.badRequest("SESSION_CURRENT", "id", "当前会话请使用“退出登录”");
		}
		record(user, "SESSION_SIGNED_OUT_ELSEWHERE", "结束了本人的另一会话（" + describe(target) + "）");
		sessions.deleteById(target.getId());
	}

	/** Ends every session of the user but this one; how many were ended. */
	@Transactional
	int endOthers(StaffUser user, String currentSessionId) {
		List<Session> others = new ArrayList<>(
				live(user).stream().filter(s -> !s.getId().equals(currentSessionId)).toList());
		if (others.isEmpty()) {
			return 0;
		}
		record(user, "SESSIONS_SIGNED_OUT_ELSEWHERE", "结束了本人的其他全部会话（" + others.size() + " 个："
				+ String.join("；", others.stream().map(MySessions::describe).toList()) + "）");
		others.forEach(s -> sessions.deleteById(s.getId()));
		return others.size();
	}

	private List<Session> live(StaffUser user) {
		Instant now = limits.now();
		Map<String, ? extends Session> found = sessions.findByPrincipalName(user.username());
		List<Session> result = new ArrayList<>();
		for (Session session : found.values()) {
			if (session.isExpired()) {
				continue;
			}
			Instant signedInAt = signedInAt(session);
			if (limits.over(signedInAt, lastActive(session), now)) {
				continue;
			}
			result.add(session);
		}
		return result;
	}

	private static SessionView view(Session session, String currentSessionId) {
		return new SessionView(handle(session.getId()), session.getId().equals(currentSessionId),
				session.getAttributeOrDefault(SessionLimits.DEVICE, "?"),
				session.getAttributeOrDefault(SessionLimits.ADDRESS, "?"), signedInAt(session), lastActive(session));
	}

	private static Instant signedInAt(Session session) {
		return session.getAttributeOrDefault(SessionLimits.SIGNED_IN_AT, session.getCreationTime());
	}

	private static Instant lastActive(Session session) {
		return session.getAttributeOrDefault(SessionLimits.LAST_ACTIVE, signedInAt(session));
	}

	private static String describe(Session session) {
		return session.getAttributeOrDefault(SessionLimits.DEVICE, "?") + "，"
				+ session.getAttributeOrDefault(SessionLimits.ADDRESS, "?") + "，登录于 " + signedInAt(session);
	}

	private void record(StaffUser user, String action, String summary) {
		RoleAssignment acting = user.assignments()
			.stream()
			.findFirst()
			.orElseThrow(() -> ApiException.forbidden("ACCESS_DENIED", "没有角色的用户不能管理会话"));
		audit.record(user, acting.role(), acting.orgUnitCode(), null, action, summary, null);
	}

	/** How the API names a session: a digest of its id (never the id, a credential). */
	static String handle(String sessionId) {
		return SignInThrottle.sha256("session:" + sessionId).substring(0, 32);
	}

}
