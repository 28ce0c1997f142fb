package org.minzheng.flow.shared;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data at rest ({@link PersonalDataCrypto}): AES-256 keys by version
 * ({@code minzheng.crypto.keys.v1}, base64 of 32 bytes), the version new values are
 * sealed with ({@code minzheng.crypto.active-version}), and the HMAC-SHA256 key of the
 * blind index ({@code minzheng.crypto.blind-index-key}, base64 of 32 bytes). Older
 * versions stay listed so that values sealed under them still open until the rotation
 * pass has rewritten them.
 *
 * @param keys key version (letters and digits, e.g. {@code v1}) to base64 key
 * @param activeVersion the version that seals new values
 * @param blindIndexKey base64 HMAC key; never rotated (the blind index of a value must
 * stay the same, or search and uniqueness break)
 */
@ConfigurationProperties("minzheng.crypto")
public record CryptoProperties(Map<String, String> keys, String activeVersion, String blindIndexKey) {

	public CryptoProperties {
		keys = keys == null ? Map.of() : Map.copyOf(keys);
	}

}
