-- Change registration and voluntary deregistration (变更登记, 注销登记), and the exit of zombie
-- organisations (僵尸组织退出): detected candidate batches, confirmed, revoked case by case.
CREATE TABLE so_alteration (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  alteration_no         VARCHAR(64)   NOT NULL,
  organisation_id       BIGINT        NOT NULL,
  kind                  VARCHAR(16)   NOT NULL,
  status                VARCHAR(20)   NOT NULL,
  new_domicile          VARCHAR(300),
  new_legal_rep_name    VARCHAR(100),
  new_legal_rep_id      CHAR(18),
  liquidation_report_no VARCHAR(100),
  process_instance_id   VARCHAR(64),
  submitted_by          VARCHAR(64)   NOT NULL,
  submitted_at          DATETIME(3)   NOT NULL,
  closed_at             DATETIME(3),
  CONSTRAINT uq_so_alteration_no UNIQUE (alteration_no),
  CONSTRAINT fk_so_alteration_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);
CREATE INDEX ix_so_alteration_org ON so_alteration (organisation_id, status);

CREATE TABLE so_exit_batch (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  batch_no       VARCHAR(64)   NOT NULL,
  registrar_code VARCHAR(20)   NOT NULL,
  status         VARCHAR(12)   NOT NULL,
  candidate_count INT          NOT NULL DEFAULT 0,
  created_by     VARCHAR(64)   NOT NULL,
  created_at     DATETIME(3)   NOT NULL,
  confirmed_by   VARCHAR(64),
  confirmed_at   DATETIME(3),
  CONSTRAINT uq_so_exit_batch_no UNIQUE (batch_no)
);

CREATE TABLE so_exit_candidate (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no             VARCHAR(64)   NOT NULL,
  batch_id            BIGINT        NOT NULL,
  organisation_id     BIGINT        NOT NULL,
  reason              VARCHAR(40)   NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  hearing_note        VARCHAR(500),
  process_instance_id VARCHAR(64),
  CONSTRAINT uq_so_exit_candidate_no UNIQUE (case_no),
  CONSTRAINT fk_so_exit_candidate_batch FOREIGN KEY (batch_id) REFERENCES so_exit_batch (id)
);
CREATE INDEX ix_so_exit_candidate_batch ON so_exit_candidate (batch_id, status);
CREATE INDEX ix_so_exit_candidate_org ON so_exit_candidate (organisation_id, status);
CREATE INDEX ix_so_organisation_activity ON so_organisation (registrar_code, status, last_activity_on);
