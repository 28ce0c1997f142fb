-- Personal identifiers sealed at rest: see V30__shared_personal_data_at_rest.sql for the format and the start-up pass.

ALTER TABLE aid_member MODIFY id_number VARCHAR(120) NOT NULL;
ALTER TABLE aid_member ADD COLUMN id_number_bidx VARCHAR(64);
ALTER TABLE aid_member DROP INDEX ix_aid_member_id_number;
CREATE INDEX ix_aid_member_id_number_bidx ON aid_member (id_number_bidx);

-- the guard of one open application per person holds the blind index only (nothing needs the number there)
ALTER TABLE aid_open_person CHANGE COLUMN id_number id_number_bidx VARCHAR(64) NOT NULL;
-- H2 renames on CHANGE but keeps the old type
ALTER TABLE aid_open_person MODIFY id_number_bidx VARCHAR(64) NOT NULL;

ALTER TABLE aid_temporary_case MODIFY id_number VARCHAR(120) NOT NULL;
ALTER TABLE aid_temporary_case ADD COLUMN id_number_bidx VARCHAR(64);
ALTER TABLE aid_temporary_case DROP INDEX uq_aid_temporary_event;
-- 一事一救 (one aid per person and event) through the blind index
ALTER TABLE aid_temporary_case ADD CONSTRAINT uq_aid_temporary_event UNIQUE (id_number_bidx, event_type, event_date);
