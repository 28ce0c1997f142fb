-- The TOTP secret is sealed at rest like the personal identifiers (PersonalDataCrypto: "<version>:base64(iv|ct|tag)");
-- rows written in clear before are sealed by the start-up pass (PersonalDataAtRest).
ALTER TABLE second_factor MODIFY secret VARCHAR(160) NOT NULL;
