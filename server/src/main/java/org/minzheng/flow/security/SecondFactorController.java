package org.minzheng.flow.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.minzheng.flow.shared.ApiException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The second-factor step of sign-in, the only API a partial sign-in reaches
 * ({@link SecondFactorGate}): where the user stands, enrolment (secret and QR code, a
 * first code, recovery codes shown once), a code, a recovery code. Every code checked
 * counts as a sign-in attempt of the user from the client address
 * ({@link SignInThrottle}), so codes cannot be guessed faster than passwords; a code that
 * passes gives the attempt back. Auditors may call these writes: they sign in too.
 */
@RestController
class SecondFactorController {

	private final SecondFactorService factors;

	private final SecondFactorPolicy policy;

	private final SignInThrottle throttle;

	SecondFactorController(SecondFactorService factors, SecondFactorPolicy policy, SignInThrottle throttle) {
		this.factors = factors;
		this.policy = policy;
		this.throttle = throttle;
	}

	/**
	 * Where the signed-in user stands: whether they must pass the second factor, whether
	 * this session has, and if not the step to take; with demo data on, the demo secret
	 * of a demo user who holds it.
	 */
	record State(boolean required, boolean passed, SecondFactorService.Step step, String demoSecret) {
	}

	@Access(readOnlyMayCall = true)
	@GetMapping(SecondFactorGate.ENDPOINTS)
	State state(HttpServletRequest request) {
		StaffUser user = CurrentUser.get();
		if (!policy.required(user)) {
			return new State(false, false, null, null);
		}
		HttpSession session = request.getSession(false);
		Object verified = session == null ? null : session.getAttribute(SecondFactorGate.VERIFIED);
		boolean passed = verified != null && verified.equals(factors.confirmed(user.id()).orElse(-1));
		if (passed) {
			return new State(true, true, null, null);
		}
		SecondFactorService.Step step = factors.step(user.id());
		return new State(true, false, step, step == SecondFactorService.Step.CODE && factors.usesDemoSecret(user.id())
				? DemoSecondFactor.SECRET : null);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping(SecondFactorGate.ENDPOINTS + "/enrolment")
	SecondFactorService.Enrolment startEnrolment() {
		StaffUser user = CurrentUser.get();
		if (!policy.required(user)) {
			throw ApiException.conflict("SECOND_FACTOR_NOT_REQUIRED", "您的账号无需动态口令");
		}
		return factors.startEnrolment(user);
	}

	/** The recovery codes of a new enrolment, shown this once. */
	record RecoveryCodes(List<String> recoveryCodes) {
	}

	@Access(readOnlyMayCall = true)
	@PostMapping(SecondFactorGate.ENDPOINTS + "/enrolment/confirm")
	RecoveryCodes confirmEnrolment(@Valid @RequestBody Code request, HttpServletRequest http,
			HttpServletResponse response) {
		StaffUser user = CurrentUser.get();
		SecondFactorService.Confirmed[] confirmed = new SecondFactorService.Confirmed[1];
		attempt(user, http, response, () -> {
			confirmed[0] = factors.confirmEnrolment(user, request.code());
			return confirmed[0].factorId();
		});
		return new RecoveryCodes(confirmed[0].recoveryCodes());
	}

	@Access(readOnlyMayCall = true)
	@PostMapping(SecondFactorGate.ENDPOINTS + "/verify")
	Map<String, Boolean> verify(@Valid @RequestBody Code request, HttpServletRequest http,
			HttpServletResponse response) {
		StaffUser user = CurrentUser.get();
		attempt(user, http, response, () -> factors.verify(user, request.code()));
		return Map.of("passed", true);
	}

	@Access(readOnlyMayCall = true)
	@PostMapping(SecondFactorGate.ENDPOINTS + "/recover")
	Map<String, Boolean> recover(@Valid @RequestBody Code request, HttpServletRequest http,
			HttpServletResponse response) {
		StaffUser user = CurrentUser.get();
		attempt(user, http, response, () -> factors.recover(user, request.code()));
		return Map.of("passed", true);
	}

	/**
	 * Counts the attempt, runs the check, and on success gives the attempt back and marks
	 * the session as passed (under a new session id, as after the password).
	 */
	private void attempt(StaffUser user, HttpServletRequest request, HttpServletResponse response, LongSupplier check) {
		Optional<Duration> wait = throttle.tryAttempt(user.username(), request.getRemoteAddr());
		if (wait.isPresent()) {
			long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "LOGIN_THROTTLED", "尝试过于频繁，请 {0} 秒后再试",
					Map.of("retryAfter", seconds), seconds);
		}
		long factorId = check.getAsLong();
		throttle.succeeded(user.username(), request.getRemoteAddr());
		request.getSession();
		request.changeSessionId();
		request.getSession().setAttribute(SecondFactorGate.VERIFIED, factorId);
	}

	/** A code from the authenticator app (6 digits) or a recovery code. */
	record Code(@NotBlank @Size(max = 32) String code) {
	}

}
