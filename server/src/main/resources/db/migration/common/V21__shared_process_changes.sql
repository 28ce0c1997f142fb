-- Process owners' changes: a proposed model waits for a second owner's approval before it is deployed (four eyes);
-- migrations of running instances are recorded with their outcome.
CREATE TABLE process_change (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  process_key            VARCHAR(64)   NOT NULL,
  variant                VARCHAR(20),
  base_definition_id     VARCHAR(64),
  resource_name          VARCHAR(200)  NOT NULL,
  bpmn_xml               LONGTEXT      NOT NULL,
  content_sha256         CHAR(64)      NOT NULL,
  change_note            VARCHAR(1000) NOT NULL,
  status                 VARCHAR(12)   NOT NULL,
  requested_by           VARCHAR(64)   NOT NULL,
  requested_at           DATETIME(3)   NOT NULL,
  decided_by             VARCHAR(64),
  decided_at             DATETIME(3),
  decision_reason        VARCHAR(1000),
  deployed_definition_id VARCHAR(64)
);
CREATE INDEX ix_process_change_key ON process_change (process_key, id);

CREATE TABLE process_migration (
  id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  process_key        VARCHAR(64)  NOT NULL,
  from_definition_id VARCHAR(64)  NOT NULL,
  to_definition_id   VARCHAR(64)  NOT NULL,
  migrated_by        VARCHAR(64)  NOT NULL,
  migrated_at        DATETIME(3)  NOT NULL,
  migrated           INT          NOT NULL,
  refused            INT          NOT NULL,
  report             LONGTEXT     NOT NULL
);
