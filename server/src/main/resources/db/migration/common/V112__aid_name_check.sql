-- The population registry's name check of each member at intake (人口库姓名核验): the registry answers only
-- whether the name we hold is the one registered for the ID number. result: CONFIRMED, MISMATCH, NOT_FOUND, or
-- NOT_CHECKED (the registry failed; the clerk re-runs the check). A member whose name is not CONFIRMED is flagged
-- until resolved: CORRECTED (a new name the registry confirmed; the member's name was changed) or CONFIRMED_BY_DOCUMENT
-- (the clerk saw a document, e.g. the 户口簿, and gave a reason). The acceptance check refuses ACCEPT while a flag of
-- the application is unresolved.
CREATE TABLE aid_name_check (
  member_id         BIGINT       NOT NULL PRIMARY KEY,
  application_id    BIGINT       NOT NULL,
  result            VARCHAR(20)  NOT NULL,
  checked_at        DATETIME(3)  NOT NULL,
  resolution        VARCHAR(30),
  resolution_reason VARCHAR(500),
  document_no       VARCHAR(100),
  resolved_by       VARCHAR(64),
  resolved_org_unit VARCHAR(20),
  resolved_at       DATETIME(3)
);
CREATE INDEX ix_aid_name_check_application ON aid_name_check (application_id);
