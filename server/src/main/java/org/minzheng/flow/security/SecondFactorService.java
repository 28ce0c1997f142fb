package org.minzheng.flow.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import org.minzheng.flow.audit.AuditTrail;
import org.minzheng.flow.shared.ApiException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user's second factor: enrolment (a new secret, confirmed by a first code, then ten
 * recovery codes shown once), the check of a code at sign-in and the use of a recovery
 * code. A code is accepted for its step or one either side, and only once: the last
 * accepted step is stored, and a code of that step or an earlier one is refused
 * ({@code SECOND_FACTOR_REUSED}), so a code seen over someone's shoulder is worth
 * nothing. The secret leaves the server only while enrolling. The demo secret
 * ({@link DemoSecondFactor#SECRET}) counts only with demo data on: without it, a user
 * holding it must enrol anew.
 */
@Service
class SecondFactorService {

	/** Recovery codes per enrolment. */
	static final int RECOVERY_CODES = 10;

	private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final SecondFactorMapper factors;

	private final SecondFactorProperties properties;

	private final PasswordEncoder encoder;

	private final AuditTrail audit;

	private final Clock clock;

	private final boolean demo;

	private final Totp totp = new Totp();

	SecondFactorService(SecondFactorMapper factors, SecondFactorProperties properties, PasswordEncoder encoder,
			AuditTrail audit, Clock clock, @Value("${minzheng.demo.enabled:false}") boolean demo) {
		this.factors = factors;
		this.properties = properties;
		this.encoder = encoder;
		this.audit = audit;
		this.clock = clock;
		this.demo = demo;
	}

	/** What a user who must pass the second factor has to do: enter a code, or enrol. */
	enum Step {

		/** Enter a code from the authenticator app (or a recovery code). */
		CODE,
		/** Enrol first: no confirmed secret yet. */
		ENROL

	}

	/** A secret being enrolled, shown once: the manual key and the QR code's URI. */
	record Enrolment(String secret, String otpauthUri) {
	}

	/** The id of the user's confirmed factor, if they have one that counts. */
	OptionalLong confirmed(long userId) {
		return usable(Optional.ofNullable(factors.find(userId))).map(f -> OptionalLong.of(f.id()))
			.orElse(OptionalLong.empty());
	}

	/** The step a user who has not passed the second factor in this session must take. */
	Step step(long userId) {
		return confirmed(userId).isPresent() ? Step.CODE : Step.ENROL;
	}

	/**
	 * Whether the user's factor is the demo secret (with demo data on: shown on the login
	 * page).
	 */
	boolean usesDemoSecret(long userId) {
		SecondFactorMapper.Factor factor = factors.find(userId);
		return demo && factor != null && DemoSecondFactor.SECRET.equals(factor.secret());
	}

	/**
	 * Starts (or starts again) an enrolment: a fresh secret, not in force until a first
	 * code confirms it.
	 * @throws ApiException 409 {@code SECOND_FACTOR_ENROLLED} when a confirmed factor
	 * exists (an administrator's reset removes it)
	 */
	@Transactional
	Enrolment startEnrolment(StaffUser user) {
		SecondFactorMapper.Factor existing = factors.lock(user.id());
		if (usable(Optional.ofNullable(existing)).isPresent()) {
			throw ApiException.conflict("SECOND_FACTOR_ENROLLED", "已绑定动态口令；如需更换，请联系管理员重置");
		}
		factors.deleteRecovery(user.id());
		factors.delete(user.id());
		String secret = Totp.newSecret();
		factors.insert(user.id(), secret, clock.instant(), null);
		return new Enrolment(secret, Totp.uri(properties.issuer(), user.username(), secret));
	}

	/**
	 * A confirmed enrolment: the factor now in force and its recovery codes (shown once).
	 */
	record Confirmed(long factorId, List<String> recoveryCodes) {
	}

	/**
	 * Confirms the enrolment with a first code and creates the recovery codes.
	 * @throws ApiException 409 {@code SECOND_FACTOR_NOT_ENROLLING} without an enrolment
	 * under way; 400 {@code SECOND_FACTOR_INVALID} for a wrong code
	 */
	@Transactional
	Confirmed confirmEnrolment(StaffUser user, String code) {
		SecondFactorMapper.Factor factor = factors.lock(user.id());
		if (factor == null || factor.confirmedAt() != null) {
			throw ApiException.conflict("SECOND_FACTOR_NOT_ENROLLING", "没有进行中的动态口令绑定，请重新开始");
		}
		Instant now = clock.instant();
		long step = totp.matchingStep(factor.secret(), code, Totp.step(now)).orElseThrow(SecondFactorService::invalid);
		factors.confirm(factor.id(), now, step);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			String recovery = newRecoveryCode();
			codes.add(recovery);
			factors.insertRecovery(factor.id(), encoder.encode(recovery));
		}
		record(user, "SECOND_FACTOR_ENROLLED", "绑定动态口令（TOTP），生成 " + RECOVERY_CODES + " 个恢复码");
		return new Confirmed(factor.id(), List.copyOf(codes));
	}

	/**
	 * Checks a code at sign-in.
	 * @return the id of the factor the code passed
	 * @throws ApiException 400 {@code SECOND_FACTOR_INVALID} (wrong, expired or no
	 * factor), 400 {@code SECOND_FACTOR_REUSED} (its step was used already)
	 */
	@Transactional
	long verify(StaffUser user, String code) {
		SecondFactorMapper.Factor factor = usable(Optional.ofNullable(factors.lock(user.id())))
			.orElseThrow(SecondFactorService::invalid);
		long step = totp.matchingStep(factor.secret(), code, Totp.step(clock.instant()))
			.orElseThrow(SecondFactorService::invalid);
		if (factor.lastStep() != null && step <= factor.lastStep()) {
			throw new ApiException(HttpStatus.BAD_REQUEST, "SECOND_FACTOR_REUSED", "该动态口令已使用过，请等待下一个口令");
		}
		factors.useStep(factor.id(), step);
		return factor.id();
	}

	/**
	 * Spends a recovery code at sign-in (each works once).
	 * @return the id of the factor the code belongs to
	 * @throws ApiException 400 {@code SECOND_FACTOR_INVALID} when no unused code matches
	 */
	@Transactional
	long recover(StaffUser user, String recoveryCode) {
		SecondFactorMapper.Factor factor = usable(Optional.ofNullable(factors.lock(user.id())))
			.orElseThrow(SecondFactorService::invalid);
		String typed = recoveryCode == null ? "" : recoveryCode.strip().toLowerCase(java.util.Locale.ROOT);
		List<SecondFactorMapper.Recovery> unused = factors.unusedRecovery(factor.id());
		for (SecondFactorMapper.Recovery candidate : unused) {
			if (!typed.isEmpty() && encoder.matches(typed, candidate.codeHash())
					&& factors.useRecovery(candidate.id(), clock.instant()) == 1) {
				record(user, "SECOND_FACTOR_RECOVERY_USED", "使用恢复码登录，剩余 " + (unused.size() - 1) + " 个");
				return factor.id();
			}
		}
		throw invalid();
	}

	/**
	 * Removes the user's factor and recovery codes (an approved reset): they enrol again
	 * at their next request.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	void remove(long userId) {
		factors.deleteRecovery(userId);
		factors.delete(userId);
	}

	/** A confirmed factor that counts: the demo secret only with demo data on. */
	private Optional<SecondFactorMapper.Factor> usable(Optional<SecondFactorMapper.Factor> factor) {
		return factor.filter(f -> f.confirmedAt() != null)
			.filter(f -> demo || !DemoSecondFactor.SECRET.equals(f.secret()));
	}

	private void record(StaffUser user, String action, String summary) {
		// recorded under the role that asks for the second factor (any role under
		// "everyone"); a user with no role at all has no unit to file it under
		user.assignments()
			.stream()
			.filter(a -> SecondFactorPolicy.PRIVILEGED.contains(a.role()))
			.findFirst()
			.or(() -> user.assignments().stream().findFirst())
			.ifPresent(acting -> audit.record(user, acting.role(), acting.orgUnitCode(), null, action, summary, null));
	}

	/** Ten characters in two groups of five, without look-alikes (0/o, 1/l/i). */
	private static String newRecoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
		}
		return code.toString();
	}

	static ApiException invalid() {
		return new ApiException(HttpStatus.BAD_REQUEST, "SECOND_FACTOR_INVALID", "动态口令不正确或已过期");
	}

}
