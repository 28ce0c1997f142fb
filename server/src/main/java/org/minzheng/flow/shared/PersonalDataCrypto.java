package org.minzheng.flow.shared;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Personal identifiers at rest (MLPS 2.0 level 3, PIPL sensitive data): AES-256-GCM with
 * a random 96-bit IV per value, stored as text
 * {@code <version>:base64(iv|ciphertext|tag)} so that keys rotate by version, and a blind
 * index (HMAC-SHA256 of the normalised value, lower-case hex) for exact-match search and
 * uniqueness. The JDK's own AEAD mode, no hand-rolled construction: GCM authenticates, so
 * a value moved to another row or tampered with does not open.
 * <p>
 * Keys come from configuration ({@link CryptoProperties}). Without them the application
 * refuses to start, unless demo data is on ({@code minzheng.demo.enabled=true}): then
 * fixed development keys, published in this source, are used and the log says so.
 */
@Component
public class PersonalDataCrypto {

	/** The version of the development keys (demo data only). */
	static final String DEV_VERSION = "dev1";

	private static final Logger log = LoggerFactory.getLogger(PersonalDataCrypto.class);

	private static final String DEV_KEY = "bWluemhlbmctZmxvdy1kZXZlbG9wbWVudC1rZXktMDE=";

	private static final String DEV_INDEX_KEY = "bWluemhlbmctZmxvdy1kZXYtYmxpbmQtaW5kZXgtMDE=";

	private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9]{1,16}");

	private static final int IV_BYTES = 12;

	private static final int TAG_BITS = 128;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Map<String, SecretKey> keys;

	private final String active;

	private final SecretKey indexKey;

	public PersonalDataCrypto(CryptoProperties properties, @Value("${minzheng.demo.enabled:false}") boolean demo) {
		Map<String, String> configured = properties.keys();
		String activeVersion = properties.activeVersion();
		String blindIndexKey = properties.blindIndexKey();
		if (configured.isEmpty() || blank(blindIndexKey)) {
			if (!demo) {
				throw new IllegalStateException("Personal data cannot be encrypted: no key configured. Set "
						+ "minzheng.crypto.keys.<version> (base64 of 32 random bytes, e.g. `openssl rand -base64 32`), "
						+ "minzheng.crypto.active-version and minzheng.crypto.blind-index-key; development keys are "
						+ "used only with minzheng.demo.enabled=true");
			}
			log.warn("Personal data is encrypted with the published DEVELOPMENT keys (demo data is on): "
					+ "configure minzheng.crypto.* before holding real data");
			if (configured.isEmpty()) {
				configured = Map.of(DEV_VERSION, DEV_KEY);
				activeVersion = DEV_VERSION;
			}
			if (blank(blindIndexKey)) {
				blindIndexKey = DEV_INDEX_KEY;
			}
		}
		Map<String, SecretKey> parsed = new LinkedHashMap<>();
		configured.forEach((version, key) -> parsed.put(version, aesKey(version, key)));
		if (blank(activeVersion) && parsed.size() == 1) {
			activeVersion = parsed.keySet().iterator().next();
		}
		if (blank(activeVersion) || !parsed.containsKey(activeVersion)) {
			throw new IllegalStateException("minzheng.crypto.active-version (" + activeVersion
					+ ") must name one of the configured keys " + parsed.keySet());
		}
		this.keys = Map.copyOf(parsed);
		this.active = activeVersion;
		this.indexKey = new SecretKeySpec(decode("minzheng.crypto.blind-index-key", blindIndexKey), "HmacSHA256");
	}

	/** The version new values are sealed with. */
	public String activeVersion() {
		return active;
	}

	/**
	 * The value encrypted under the active key, as {@code <version>:<base64>};
	 * {@code null} stays {@code null}.
	 */
	public String seal(String clear) {
		if (clear == null) {
			return null;
		}
		try {
			byte[] iv = new byte[IV_BYTES];
			RANDOM.nextBytes(iv);
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, keys.get(active), new GCMParameterSpec(TAG_BITS, iv));
			byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
			return active + ":" + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Sealing failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * The clear value of a sealed one, under whichever configured version sealed it. A
	 * value without a version prefix is a clear value written before encryption (an
	 * upgraded database before its start-up pass) and is returned as it is.
	 * @throws IllegalStateException if the key version is not configured or the value
	 * does not authenticate
	 */
	public String open(String stored) {
		if (stored == null || !isSealed(stored)) {
			return stored;
		}
		int colon = stored.indexOf(':');
		String version = stored.substring(0, colon);
		SecretKey key = keys.get(version);
		if (key == null) {
			throw new IllegalStateException(
					"No key for version " + version + " (minzheng.crypto.keys." + version + ")");
		}
		try {
			byte[] data = Base64.getDecoder().decode(stored.substring(colon + 1));
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, data, 0, IV_BYTES));
			return new String(cipher.doFinal(data, IV_BYTES, data.length - IV_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("A sealed value under " + version + " did not open", ex);
		}
	}

	/**
	 * Whether the stored value is sealed under the active version (nothing to rotate).
	 */
	public boolean isCurrent(String stored) {
		return stored == null || stored.startsWith(active + ":");
	}

	/** Whether the stored text is a sealed value rather than a clear one. */
	public static boolean isSealed(String stored) {
		int colon = stored.indexOf(':');
		return colon > 0 && VERSION.matcher(stored.substring(0, colon)).matches();
	}

	/**
	 * The blind index of an identifier: HMAC-SHA256 of the trimmed, upper-cased value, as
	 * 64 lower-case hex characters; {@code null} stays {@code null}.
	 */
	public String blindIndex(String clear) {
		if (clear == null) {
			return null;
		}
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(indexKey);
			return HexFormat.of()
				.formatHex(
						mac.doFinal(clear.strip().toUpperCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Blind index failed: " + ex.getMessage(), ex);
		}
	}

	private static SecretKey aesKey(String version, String base64) {
		if (!VERSION.matcher(version).matches()) {
			throw new IllegalStateException("Key version " + version + " must be 1-16 letters or digits");
		}
		return new SecretKeySpec(decode("minzheng.crypto.keys." + version, base64), "AES");
	}

	private static byte[] decode(String property, String base64) {
		byte[] key;
		try {
			key = Base64.getDecoder().decode(base64.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(property + " is not base64");
		}
		if (key.length != 32) {
			throw new IllegalStateException(property + " must be 32 bytes (256 bits), base64; it has " + key.length);
		}
		return key;
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
