-- The case index: one row per case of every chain (低保 application, registration, recognition, trust filing,
-- outlet application, inspection ...), kept by the case module from each feature's own tables in the transaction
-- that changes the case. Case search, 我发起 and the auditor's views read it; the feature's tables stay the record.
CREATE TABLE case_index (
  case_no             VARCHAR(64)  NOT NULL PRIMARY KEY,
  line                VARCHAR(20)  NOT NULL,
  kind                VARCHAR(40)  NOT NULL,
  title               VARCHAR(200) NOT NULL,
  party_name          VARCHAR(200),
  party_id            VARCHAR(40),
  party_person        BOOLEAN      NOT NULL,
  district_code       VARCHAR(20),
  unit_code           VARCHAR(20)  NOT NULL,
  other_unit_code     VARCHAR(20),
  status              VARCHAR(40)  NOT NULL,
  outcome             VARCHAR(20)  NOT NULL,
  process_instance_id VARCHAR(64),
  started_by          VARCHAR(64),
  started_at          DATETIME(3)  NOT NULL,
  closed_at           DATETIME(3),
  indexed_at          DATETIME(3)  NOT NULL
);
CREATE INDEX ix_case_index_unit ON case_index (line, unit_code, started_at);
CREATE INDEX ix_case_index_other_unit ON case_index (line, other_unit_code, started_at);
CREATE INDEX ix_case_index_started_by ON case_index (started_by, started_at);
CREATE INDEX ix_case_index_party_name ON case_index (party_name);
CREATE INDEX ix_case_index_party_id ON case_index (party_id);
CREATE INDEX ix_case_index_started ON case_index (started_at);
