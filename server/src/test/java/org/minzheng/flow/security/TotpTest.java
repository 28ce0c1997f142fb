package org.minzheng.flow.security;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** TOTP against RFC 6238's own test vectors (Appendix B, SHA-1), and our window. */
class TotpTest {

	/** RFC 6238's SHA-1 seed, the ASCII string "12345678901234567890", in Base32. */
	static final String RFC_SECRET = new Base32()
		.encodeAsString("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void matchesTheRfc6238VectorsForSha1(long unixSeconds, String expected) {
		Totp eight = new Totp(8);
		assertThat(eight.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(unixSeconds)))).isEqualTo(expected);
	}

	@Test
	void sixDigitCodesAreTheLastSixOfTheRfcVectors() {
		// the 6-digit code is the same truncation modulo 10^6
		assertThat(new Totp().code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
	}

	@Test
	void acceptsOneStepEitherSideAndSaysWhichStepMatched() {
		Totp totp = new Totp();
		String secret = Totp.newSecret();
		long now = Totp.step(Instant.parse("2026-12-06T12:00:10Z"));
		assertThat(totp.matchingStep(secret, totp.code(secret, now), now)).hasValue(now);
		assertThat(totp.matchingStep(secret, totp.code(secret, now - 1), now)).hasValue(now - 1);
		assertThat(totp.matchingStep(secret, totp.code(secret, now + 1), now)).hasValue(now + 1);
		assertThat(totp.matchingStep(secret, totp.code(secret, now - 2), now)).isEmpty();
		assertThat(totp.matchingStep(secret, totp.code(secret, now + 2), now)).isEmpty();
	}

	@Test
	void refusesAnythingButSixDigits() {
		Totp totp = new Totp();
		String secret = Totp.newSecret();
		long now = 1000;
		assertThat(totp.matchingStep(secret, null, now)).isEmpty();
		assertThat(totp.matchingStep(secret, "", now)).isEmpty();
		assertThat(totp.matchingStep(secret, " " + totp.code(secret, now), now)).isEmpty();
		assertThat(totp.matchingStep(secret, totp.code(secret, now) + "0", now)).isEmpty();
	}

	@Test
	void newSecretsAre160BitBase32AndTheUriIsWhatAuthenticatorsRead() {
		String secret = Totp.newSecret();
		assertThat(secret).matches("[A-Z2-7]{32}");
		assertThat(new Base32().decode(secret)).hasSize(20);
		assertThat(Totp.uri("民政流程平台", "yt-admin", secret)).startsWith("otpauth://totp/")
			.contains("secret=" + secret)
			.contains("digits=6")
			.contains("period=30")
			.contains("algorithm=SHA1");
	}

}
