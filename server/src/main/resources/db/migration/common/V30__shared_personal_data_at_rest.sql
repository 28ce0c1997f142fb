-- Personal identifiers encrypted at rest (issue 20, MLPS 2.0 level 3; see docs/security.md "Personal data at rest").
-- A sealed value is `<key version>:base64(iv|ciphertext|tag)` (AES-256-GCM, about 70 characters); exact-match search
-- and uniqueness go through a blind index, HMAC-SHA256 of the normalised value as 64 hex characters, in its own
-- indexed column. SQL cannot compute either (the keys live in configuration), so rows of an upgraded database keep
-- their clear values here and the start-up pass (PersonalDataAtRest) seals them and fills the blind indexes, under the
-- start-up lock, before the application serves requests.
-- Organisations' unified social credit codes (registered social organisations, charities, cemetery operators) are
-- public registration data and stay clear.

-- the inbox filters by ID number through its blind index (ix_work_item_idno follows the column) and shows it masked
ALTER TABLE work_item CHANGE COLUMN applicant_id_number applicant_id_bidx VARCHAR(64);
-- H2 renames on CHANGE but keeps the old type
ALTER TABLE work_item MODIFY applicant_id_bidx VARCHAR(64);
ALTER TABLE work_item ADD COLUMN applicant_id_masked VARCHAR(40);

-- a person's party_id in the case index is the blind index; party_id_shown is what a list shows (masked for a person,
-- the organisation's code otherwise)
ALTER TABLE case_index MODIFY party_id VARCHAR(64);
ALTER TABLE case_index ADD COLUMN party_id_shown VARCHAR(40);
