-- 高龄津贴 (senior allowance) granted without an application (无感申办): one case per resident, opened by the
-- population registry's "reached 80" message and decided by the shipped decision table (秒批) or, when something
-- is unclear, by the street's clerk. Personal data (ID number, name, bank account, phone) is sealed at rest; the
-- resident is found by the blind index of the ID number. Months are 'YYYY-MM'.
CREATE TABLE elderly_allowance (
  id                 BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no            VARCHAR(40)   NULL,
  id_index           VARCHAR(100)  NOT NULL,
  id_number          VARCHAR(300)  NOT NULL,
  resident_name      VARCHAR(300)  NOT NULL,
  birth_date         DATE          NOT NULL,
  street_code        VARCHAR(20)   NOT NULL,
  district_code      VARCHAR(20)   NOT NULL,
  bank_account       VARCHAR(300)  NULL,
  phone              VARCHAR(300)  NULL,
  already_receiving  BOOLEAN       NOT NULL DEFAULT FALSE,
  moved_out          BOOLEAN       NOT NULL DEFAULT FALSE,
  status             VARCHAR(20)   NOT NULL,
  -- the registry check: the decision's inputs as JSON, and why staff must look (NAME_MISMATCH, ...)
  decision_inputs    VARCHAR(1000) NULL,
  unclear_reason     VARCHAR(30)   NULL,
  -- the decision: the table's answer, the amount, the decision definitions' versions, RULE or STAFF
  eligibility        VARCHAR(30)   NULL,
  monthly_amount_fen BIGINT        NULL,
  decision_version   VARCHAR(200)  NULL,
  decided_at         DATETIME(3)   NULL,
  decided_by         VARCHAR(10)   NULL,
  reviewed_by        VARCHAR(64)   NULL,
  review_opinion     VARCHAR(500)  NULL,
  pay_from           CHAR(7)       NULL,
  pay_until          CHAR(7)       NULL,
  stop_reason        VARCHAR(20)   NULL,
  process_instance_id VARCHAR(64)  NULL,
  message_id         VARCHAR(64)   NOT NULL,
  received_at        DATETIME(3)   NOT NULL,
  closed_at          DATETIME(3)   NULL,
  CONSTRAINT uq_elderly_allowance_case_no UNIQUE (case_no),
  CONSTRAINT uq_elderly_allowance_resident UNIQUE (id_index),
  CONSTRAINT fk_elderly_allowance_street FOREIGN KEY (street_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_elderly_allowance_unit ON elderly_allowance (district_code, street_code, status);
CREATE INDEX ix_elderly_allowance_pay ON elderly_allowance (pay_from, pay_until);

-- Every registry message, kept by its id: a message delivered twice is recorded once and changes nothing.
CREATE TABLE elderly_registry_message (
  message_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  kind         VARCHAR(20)  NOT NULL,
  id_index     VARCHAR(100) NOT NULL,
  event_date   DATE         NOT NULL,
  case_no      VARCHAR(40)  NULL,
  outcome      VARCHAR(30)  NOT NULL,
  received_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_elderly_registry_message_resident ON elderly_registry_message (id_index);

-- Text messages to residents through the (simulated) SMS gateway: the number is sealed, the text has no ID number.
CREATE TABLE elderly_sms (
  id       BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no  VARCHAR(40)   NOT NULL,
  phone    VARCHAR(300)  NOT NULL,
  text     VARCHAR(500)  NOT NULL,
  sent_at  DATETIME(3)   NOT NULL
);
CREATE INDEX ix_elderly_sms_case ON elderly_sms (case_no);

-- The monthly reconciliation with the registry: a month is reconciled once.
CREATE TABLE elderly_reconciliation (
  reconciled_month CHAR(7)  NOT NULL PRIMARY KEY,
  found        INT          NOT NULL,
  opened       INT          NOT NULL,
  done_at      DATETIME(3)  NOT NULL
);
