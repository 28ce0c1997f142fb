package org.minzheng.flow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.secret.DefaultSecretGenerator;

/**
 * TOTP as every authenticator app computes it (RFC 6238: HMAC-SHA1, 6 digits, 30-second
 * steps from the Unix epoch), through dev.samstevens.totp. What is ours: a code is
 * accepted for the current step or one step either side (a phone's clock a little off),
 * and the caller learns which step matched, so that it can refuse a step already used.
 */
final class Totp {

	/** Seconds per step. */
	static final int PERIOD = 30;

	/** Digits per code. */
	static final int DIGITS = 6;

	/** Steps accepted either side of the current one. */
	static final int DRIFT = 1;

	private final DefaultCodeGenerator codes;

	Totp() {
		this(DIGITS);
	}

	/** With other lengths, for RFC 6238's own test vectors (8 digits). */
	Totp(int digits) {
		this.codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, digits);
	}

	/**
	 * A new random secret: 32 Base32 characters, 160 bits (RFC 4226's recommendation).
	 */
	static String newSecret() {
		return new DefaultSecretGenerator(32).generate();
	}

	/** The step an instant falls in. */
	static long step(Instant instant) {
		return Math.floorDiv(instant.getEpochSecond(), PERIOD);
	}

	/** The code of a step for a Base32 secret. */
	String code(String secret, long step) {
		try {
			return codes.generate(secret, step);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException("TOTP code could not be computed", ex);
		}
	}

	/**
	 * The step within the drift window whose code the given code is, compared in constant
	 * time; empty when none.
	 */
	OptionalLong matchingStep(String secret, String code, long currentStep) {
		if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
			return OptionalLong.empty();
		}
		long matched = Long.MIN_VALUE;
		for (long step = currentStep - DRIFT; step <= currentStep + DRIFT; step++) {
			if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				matched = step;
			}
		}
		return matched == Long.MIN_VALUE ? OptionalLong.empty() : OptionalLong.of(matched);
	}

	/**
	 * The otpauth:// URI an authenticator app reads from the QR code, labelled
	 * "issuer:account" as the key-URI format recommends.
	 */
	static String uri(String issuer, String account, String secret) {
		return new QrData.Builder().label(issuer + ":" + account)
			.secret(secret)
			.issuer(issuer)
			.algorithm(HashingAlgorithm.SHA1)
			.digits(DIGITS)
			.period(PERIOD)
			.build()
			.getUri();
	}

}
