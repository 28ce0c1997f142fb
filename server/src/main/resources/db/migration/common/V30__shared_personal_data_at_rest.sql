-- Personal identifiers encrypted at rest (issue 20, MLPS 2.0 level 3; see docs/security.md "Personal data at rest").
-- A sealed value is `<key version>:base64(iv|ciphertext|tag)` (AES-256-GCM, about 70 characters); exact-match search
-- and uniqueness go through a blind index, HMAC-SHA256 of the normalised value as 64 hex characters, in its own
-- indexed column. SQL cannot compute either (the keys live in configuration), so rows of an upgraded database keep
-- their clear values here and the start-up pass (PersonalDataAtRest) seals them and fills the blind indexes, under the
-- start-up lock, before the application serves requests.
-- Organisations' unified social credit codes (registered social organisations, charities, cemetery operators) are
-- public registration data and stay clear.

ALTER TABLE aid_member MODIFY id_number VARCHAR(120) NOT NULL;
ALTER TABLE aid_member ADD COLUMN id_number_bidx VARCHAR(64);
ALTER TABLE aid_member DROP INDEX ix_aid_member_id_number;
CREATE INDEX ix_aid_member_id_number_bidx ON aid_member (id_number_bidx);

-- the guard of one open application per person holds the blind index only (nothing needs the number there)
ALTER TABLE aid_open_person CHANGE COLUMN id_number id_number_bidx VARCHAR(64) NOT NULL;

ALTER TABLE aid_temporary_case MODIFY id_number VARCHAR(120) NOT NULL;
ALTER TABLE aid_temporary_case ADD COLUMN id_number_bidx VARCHAR(64);
ALTER TABLE aid_temporary_case DROP INDEX uq_aid_temporary_event;
-- 一事一救 (one aid per person and event) through the blind index
ALTER TABLE aid_temporary_case ADD CONSTRAINT uq_aid_temporary_event UNIQUE (id_number_bidx, event_type, event_date);

-- the inbox filters by ID number through its blind index (ix_work_item_idno follows the column) and shows it masked
ALTER TABLE work_item CHANGE COLUMN applicant_id_number applicant_id_bidx VARCHAR(64);
ALTER TABLE work_item ADD COLUMN applicant_id_masked VARCHAR(40);

ALTER TABLE so_organisation MODIFY legal_rep_id_number VARCHAR(120);
ALTER TABLE so_alteration MODIFY new_legal_rep_id VARCHAR(120);

-- applicant_key (ID number or credit code) sealed; live_applicant_key holds its blind index, so one live application
-- per applicant stays a unique constraint
ALTER TABLE lottery_application MODIFY applicant_key VARCHAR(120) NOT NULL;
ALTER TABLE lottery_application ADD COLUMN applicant_key_bidx VARCHAR(64);
ALTER TABLE lottery_application MODIFY live_applicant_key VARCHAR(64);
CREATE INDEX ix_lottery_application_key_bidx ON lottery_application (applicant_key_bidx);

-- a person's party_id in the case index is the blind index; party_id_shown is what a list shows (masked for a person,
-- the organisation's code otherwise)
ALTER TABLE case_index MODIFY party_id VARCHAR(64);
ALTER TABLE case_index ADD COLUMN party_id_shown VARCHAR(40);
