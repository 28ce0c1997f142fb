-- Append-only, hash-chained audit trail: the legal record of every business action.
-- hash = SHA-256 over the row's fields and prev_hash; a changed, inserted or deleted row breaks the chain.
CREATE TABLE audit_event (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  occurred_at   DATETIME(3)   NOT NULL,
  actor         VARCHAR(64)   NOT NULL,
  actor_role    VARCHAR(20)   NOT NULL,
  org_unit_code VARCHAR(20)   NOT NULL,
  case_ref      VARCHAR(64),
  action        VARCHAR(60)   NOT NULL,
  summary       VARCHAR(1000) NOT NULL,
  reason        VARCHAR(1000),
  prev_hash     CHAR(64)      NOT NULL,
  hash          CHAR(64)      NOT NULL
);
CREATE INDEX ix_audit_case ON audit_event (case_ref, id);
CREATE INDEX ix_audit_org_time ON audit_event (org_unit_code, occurred_at);

-- One row, locked while appending, so that concurrent appends form a single chain.
CREATE TABLE audit_chain_head (
  id        INT      NOT NULL PRIMARY KEY,
  last_id   BIGINT   NOT NULL,
  last_hash CHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_id, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
