-- Personal identifiers sealed at rest: see V30__shared_personal_data_at_rest.sql for the format and the start-up pass.

-- applicant_key (ID number or credit code) sealed; live_applicant_key holds its blind index, so one live application
-- per applicant stays a unique constraint
ALTER TABLE lottery_application MODIFY applicant_key VARCHAR(120) NOT NULL;
ALTER TABLE lottery_application ADD COLUMN applicant_key_bidx VARCHAR(64);
ALTER TABLE lottery_application MODIFY live_applicant_key VARCHAR(64);
CREATE INDEX ix_lottery_application_key_bidx ON lottery_application (applicant_key_bidx);
