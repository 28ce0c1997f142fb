package org.minzheng.flow.security;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.ApiException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reset of a user's second factor (a lost phone) under four eyes: one administrator asks
 * for it with a reason, another approves it — the one who asked can never approve — and
 * only then are the secret and the recovery codes removed, so the user enrols again at
 * their next request. Both administrators must manage the user
 * ({@link StaffDirectory#managedUserId}); nobody resets their own. Each step is in the
 * audit trail.
 */
@Service
class SecondFactorResets {

	private final SecondFactorMapper rows;

	private final SecondFactorService factors;

	private final StaffDirectory directory;

	private final AuditTrail audit;

	private final Clock clock;

	SecondFactorResets(SecondFactorMapper rows, SecondFactorService factors, StaffDirectory directory, AuditTrail audit,
			Clock clock) {
		this.rows = rows;
		this.factors = factors;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A reset as administrators see it. */
	record ResetView(long id, String username, String displayName, String requestedBy, String reason,
			Instant requestedAt, String status, String decidedBy, Instant decidedAt) {

		static ResetView of(SecondFactorMapper.Reset r) {
			return new ResetView(r.id(), r.username(), r.displayName(), r.requestedBy(), r.reason(), r.requestedAt(),
					r.status(), r.decidedBy(), r.decidedAt());
		}

	}

	/** Open resets of users the administrator manages. */
	@Transactional(readOnly = true)
	List<ResetView> open(StaffUser admin) {
		return rows.openResets().stream().filter(r -> manages(admin, r.username())).map(ResetView::of).toList();
	}

	/**
	 * Asks for a reset.
	 * @throws ApiException 409 {@code SECOND_FACTOR_RESET_OPEN} when one is open already
	 */
	@Transactional
	ResetView request(StaffUser admin, String username, String reason) {
		long userId = directory.managedUserId(admin, username);
		if (rows.openResetsOf(userId) > 0) {
			throw ApiException.conflict("SECOND_FACTOR_RESET_OPEN", "该用户已有待审批的动态口令重置申请");
		}
		SecondFactorMapper.NewReset reset = new SecondFactorMapper.NewReset(userId, admin.username(), reason.strip(),
				clock.instant());
		rows.insertReset(reset);
		record(admin, "SECOND_FACTOR_RESET_REQUESTED", "申请重置用户 " + username + " 的动态口令（待另一名管理员审批）", reason);
		return ResetView.of(rows.findReset(reset.id));
	}

	/**
	 * Approves a reset: the user's factor is removed.
	 * @throws ApiException 403 {@code FOUR_EYES} for the administrator who asked
	 */
	@Transactional
	ResetView approve(StaffUser admin, long id) {
		SecondFactorMapper.Reset reset = openReset(admin, id);
		if (reset.requestedBy().equals(admin.username())) {
			throw ApiException.forbidden("FOUR_EYES", "重置须由另一名管理员审批，申请人不能审批自己的申请");
		}
		decide(reset, "APPROVED", admin);
		factors.remove(reset.userId());
		record(admin, "SECOND_FACTOR_RESET_APPROVED",
				"批准重置用户 " + reset.username() + " 的动态口令（申请人 " + reset.requestedBy() + "），用户下次登录须重新绑定", reset.reason());
		return ResetView.of(rows.findReset(id));
	}

	/** Rejects a reset (or the one who asked withdraws it): nothing changes. */
	@Transactional
	ResetView reject(StaffUser admin, long id, String reason) {
		SecondFactorMapper.Reset reset = openReset(admin, id);
		decide(reset, "REJECTED", admin);
		record(admin, "SECOND_FACTOR_RESET_REJECTED", "驳回重置用户 " + reset.username() + " 的动态口令的申请", reason);
		return ResetView.of(rows.findReset(id));
	}

	private SecondFactorMapper.Reset openReset(StaffUser admin, long id) {
		SecondFactorMapper.Reset reset = rows.findReset(id);
		if (reset == null || !manages(admin, reset.username())) {
			throw ApiException.notFound("SECOND_FACTOR_RESET_NOT_FOUND", "重置申请不存在或不在您的管理范围内");
		}
		if (!"REQUESTED".equals(reset.status())) {
			throw ApiException.conflict("SECOND_FACTOR_RESET_DECIDED", "该重置申请已处理");
		}
		return reset;
	}

	private void decide(SecondFactorMapper.Reset reset, String status, StaffUser admin) {
		if (rows.decideReset(reset.id(), status, admin.username(), clock.instant()) != 1) {
			throw ApiException.conflict("SECOND_FACTOR_RESET_DECIDED", "该重置申请已处理");
		}
	}

	private boolean manages(StaffUser admin, String username) {
		try {
			directory.managedUserId(admin, username);
			return true;
		}
		catch (ApiException ex) {
			return false;
		}
	}

	private void record(StaffUser admin, String action, String summary, String reason) {
		RoleAssignment acting = admin.anyAssignment(Role.ADMIN).orElseThrow();
		audit.record(admin, Role.ADMIN, acting.orgUnitCode(), null, action, summary, reason);
	}

}
