package org.minzheng.flow.shared;

import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PersonalDataCryptoTest {

	static final String K1 = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

	static final String K2 = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

	static final String IDX = Base64.getEncoder().encodeToString("index-key-index-key-index-key-32".getBytes());

	static PersonalDataCrypto crypto(Map<String, String> keys, String active) {
		return new PersonalDataCrypto(new CryptoProperties(keys, active, IDX), false);
	}

	@Test
	void sealsWithARandomIvUnderTheActiveVersionAndOpens() {
		PersonalDataCrypto crypto = crypto(Map.of("v1", K1), "v1");
		String a = crypto.seal("44030819900307071X");
		String b = crypto.seal("44030819900307071X");
		assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("44030819900307071X");
		assertThat(crypto.open(a)).isEqualTo("44030819900307071X");
		assertThat(crypto.open(b)).isEqualTo("44030819900307071X");
		assertThat(crypto.isCurrent(a)).isTrue();
	}

	@Test
	void oldVersionsStillOpenAfterRotation() {
		String underV1 = crypto(Map.of("v1", K1), "v1").seal("440308199003070714");
		PersonalDataCrypto rotated = crypto(Map.of("v1", K1, "v2", K2), "v2");
		assertThat(rotated.isCurrent(underV1)).isFalse();
		assertThat(rotated.open(underV1)).isEqualTo("440308199003070714");
		assertThat(rotated.seal("x")).startsWith("v2:");
	}

	@Test
	void refusesATamperedValueOrAMissingKey() {
		PersonalDataCrypto crypto = crypto(Map.of("v1", K1), "v1");
		String sealed = crypto.seal("440308199003070714");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[20] ^= 1;
		String tampered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		assertThatThrownBy(() -> crypto.open(tampered)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> crypto(Map.of("v2", K2), "v2").open(sealed))
			.hasMessageContaining("No key for version v1");
	}

	@Test
	void clearValuesOfAnUpgradedDatabasePassThrough() {
		PersonalDataCrypto crypto = crypto(Map.of("v1", K1), "v1");
		assertThat(crypto.open("440308199003070714")).isEqualTo("440308199003070714");
		assertThat(PersonalDataCrypto.isSealed("440308199003070714")).isFalse();
		assertThat(crypto.open(null)).isNull();
	}

	@Test
	void blindIndexIsKeyedAndNormalised() {
		PersonalDataCrypto crypto = crypto(Map.of("v1", K1), "v1");
		String index = crypto.blindIndex("44030819900307071X");
		assertThat(index).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(crypto.blindIndex(" 44030819900307071x "));
		assertThat(crypto.blindIndex("440308199003070714")).isNotEqualTo(index);
		PersonalDataCrypto otherKey = new PersonalDataCrypto(new CryptoProperties(Map.of("v1", K1), "v1",
				Base64.getEncoder().encodeToString("another-index-key-another-key-32".getBytes())), false);
		assertThat(otherKey.blindIndex("44030819900307071X")).isNotEqualTo(index);
	}

	@Test
	void withoutKeysRefusesToStartUnlessDemoDataIsOn() {
		assertThatThrownBy(() -> new PersonalDataCrypto(new CryptoProperties(null, null, null), false))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("minzheng.crypto.keys")
			.hasMessageContaining("minzheng.demo.enabled=true");
		assertThatThrownBy(() -> new PersonalDataCrypto(new CryptoProperties(Map.of("v1", K1), "v1", null), false))
			.hasMessageContaining("blind-index-key");
		PersonalDataCrypto demo = new PersonalDataCrypto(new CryptoProperties(null, null, null), true);
		assertThat(demo.activeVersion()).isEqualTo(PersonalDataCrypto.DEV_VERSION);
		assertThat(demo.open(demo.seal("a"))).isEqualTo("a");
	}

	@Test
	void anApplicationContextWithoutKeysOrDemoDataRefusesToStart() {
		ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Keys.class);
		runner.withPropertyValues("minzheng.demo.enabled=false")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("no key configured"));
		runner.withPropertyValues("minzheng.demo.enabled=true")
			.run(context -> assertThat(context).hasNotFailed().hasSingleBean(PersonalDataCrypto.class));
		runner
			.withPropertyValues("minzheng.demo.enabled=false", "minzheng.crypto.keys.v1=" + K1,
					"minzheng.crypto.active-version=v1", "minzheng.crypto.blind-index-key=" + IDX)
			.run(context -> assertThat(context.getBean(PersonalDataCrypto.class).activeVersion()).isEqualTo("v1"));
	}

	@EnableConfigurationProperties(CryptoProperties.class)
	@Import(PersonalDataCrypto.class)
	static class Keys {

	}

	@Test
	void refusesAShortKeyOrAnUnknownActiveVersion() {
		assertThatThrownBy(() -> crypto(Map.of("v1", "c2hvcnQ="), "v1")).hasMessageContaining("32 bytes");
		assertThatThrownBy(() -> crypto(Map.of("v1", K1), "v9")).hasMessageContaining("active-version");
	}

	@Test
	void sealedTextIsMaskedWhenPrinted() {
		assertThat(new SealedText("44030819900307071X").toString()).isEqualTo("440308********071X");
		assertThat(SealedText.mask("ABC12")).isEqualTo("A***2");
	}

}
