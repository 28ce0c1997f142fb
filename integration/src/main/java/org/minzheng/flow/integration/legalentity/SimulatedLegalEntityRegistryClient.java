package org.minzheng.flow.integration.legalentity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * In-process stand-in for the legal-entity registry: derives a valid code from the
 * idempotency key, so the same key always gets the same code (as the real registry's
 * dedup does) and different keys practically never collide.
 */
public final class SimulatedLegalEntityRegistryClient implements LegalEntityRegistryClient {

	@Override
	public CodeAssignment assignCode(CodeRequest request, String idempotencyKey) {
		return new CodeAssignment(code(request.organisationType(), request.registrarRegionCode(), idempotencyKey));
	}

	/**
	 * A valid code: type prefix, region, an 8-digit body with its GB 11714 check, the GB
	 * 32100 check.
	 */
	static String code(OrganisationType type, String region, String seed) {
		byte[] digest = sha256(seed);
		StringBuilder body = new StringBuilder();
		for (int i = 0; body.length() < 8; i++) {
			body.append((char) ('0' + Math.floorMod(digest[i], 10)));
		}
		String orgCode = body.toString() + Gb32100.organisationCodeCheck(body.toString());
		String first17 = type.prefix() + region + orgCode;
		return first17 + Gb32100.checkCharacter(first17);
	}

	private static byte[] sha256(String seed) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
