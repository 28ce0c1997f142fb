-- Welfare-lottery outlet waitlist (轮候准入制). The fairness invariants live here, not only in code:
--  * one live application per applicant (ID number or USCC): unique live_applicant_key, NULL once closed;
--  * the queue order is fixed at eligibility: unique (area_code, eligible_at, application_no);
--  * an opening is offered to one applicant at a time, and an applicant holds at most one offer: the live
--    offer (OFFERED or ACCEPTED) carries live_opening_id / live_entry_id, each unique, NULL once it ends,
--    tied to the status by a CHECK;
--  * an opening is never offered twice to the same applicant: unique (opening_id, entry_id);
--  * every queue event is appended to a per-area hash chain whose head (chain_seq, chain_hash) lives in
--    the area row, locked while appending, so one area's queue operations are serialised.

-- Areas (片区): a district or a finer zone with its planned number of outlets and its queue's rules.
CREATE TABLE lottery_area (
  code                VARCHAR(20)  NOT NULL PRIMARY KEY,
  name                VARCHAR(100) NOT NULL,
  district_code       VARCHAR(20)  NOT NULL,
  planned_outlets     INT          NOT NULL,
  min_distance_m      INT          NOT NULL,
  answer_working_days INT          NOT NULL,
  max_declines        INT          NOT NULL,
  chain_seq           BIGINT       NOT NULL DEFAULT 0,
  chain_hash          CHAR(64)     NOT NULL,
  created_at          DATETIME(3)  NOT NULL,
  CONSTRAINT fk_lottery_area_district FOREIGN KEY (district_code) REFERENCES org_unit (code),
  CONSTRAINT ck_lottery_area_rules CHECK (planned_outlets >= 0 AND min_distance_m >= 0
    AND answer_working_days >= 1 AND max_declines >= 1)
);

-- Outlets (销售场所), existing or opened through the queue.
CREATE TABLE lottery_outlet (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  outlet_no      VARCHAR(40)   NOT NULL,
  area_code      VARCHAR(20)   NOT NULL,
  name           VARCHAR(100)  NOT NULL,
  address        VARCHAR(200)  NOT NULL,
  latitude       DECIMAL(9, 6) NOT NULL,
  longitude      DECIMAL(9, 6) NOT NULL,
  status         VARCHAR(12)   NOT NULL,
  application_id BIGINT,
  certificate_no VARCHAR(40),
  opened_at      DATETIME(3)   NOT NULL,
  closed_at      DATETIME(3),
  CONSTRAINT uq_lottery_outlet_no UNIQUE (outlet_no),
  CONSTRAINT fk_lottery_outlet_area FOREIGN KEY (area_code) REFERENCES lottery_area (code),
  CONSTRAINT ck_lottery_outlet_status CHECK (status IN ('OPEN', 'SUSPENDED', 'CLOSED'))
);
CREATE INDEX ix_lottery_outlet_area ON lottery_outlet (area_code, status);

CREATE TABLE lottery_application (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(40)   NOT NULL,
  area_code           VARCHAR(20)   NOT NULL,
  district_code       VARCHAR(20)   NOT NULL,
  applicant_kind      VARCHAR(12)   NOT NULL,
  applicant_name      VARCHAR(100)  NOT NULL,
  applicant_key       VARCHAR(18)   NOT NULL,
  live_applicant_key  VARCHAR(18),
  birth_date          DATE,
  mobile              VARCHAR(20),
  site_address        VARCHAR(200)  NOT NULL,
  site_latitude       DECIMAL(9, 6) NOT NULL,
  site_longitude      DECIMAL(9, 6) NOT NULL,
  site_area_m2        DECIMAL(8, 2) NOT NULL,
  lease_until         DATE          NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  records_clear       BOOLEAN,
  nearest_outlet_m    INT,
  ineligible_reasons  VARCHAR(500),
  review_opinion      VARCHAR(500),
  contract_no         VARCHAR(40),
  terminal_no         VARCHAR(40),
  certificate_no      VARCHAR(40),
  applicant_username  VARCHAR(64),
  process_instance_id VARCHAR(64),
  submitted_by        VARCHAR(64)   NOT NULL,
  submitted_at        DATETIME(3)   NOT NULL,
  closed_at           DATETIME(3),
  CONSTRAINT uq_lottery_application_no UNIQUE (application_no),
  CONSTRAINT uq_lottery_application_live UNIQUE (live_applicant_key),
  CONSTRAINT fk_lottery_application_area FOREIGN KEY (area_code) REFERENCES lottery_area (code),
  CONSTRAINT ck_lottery_application_kind CHECK (applicant_kind IN ('PERSON', 'ENTITY'))
);
CREATE INDEX ix_lottery_application_user ON lottery_application (applicant_username);

-- The queue: one entry per eligible application, ordered by (eligible_at, application_no) for ever.
CREATE TABLE lottery_queue_entry (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  area_code      VARCHAR(20) NOT NULL,
  application_id BIGINT      NOT NULL,
  application_no VARCHAR(40) NOT NULL,
  eligible_at    DATETIME(3) NOT NULL,
  status         VARCHAR(12) NOT NULL,
  passes         INT         NOT NULL DEFAULT 0,
  left_reason    VARCHAR(30),
  left_at        DATETIME(3),
  CONSTRAINT uq_lottery_entry_application UNIQUE (application_id),
  CONSTRAINT uq_lottery_entry_order UNIQUE (area_code, eligible_at, application_no),
  CONSTRAINT fk_lottery_entry_area FOREIGN KEY (area_code) REFERENCES lottery_area (code),
  CONSTRAINT fk_lottery_entry_application FOREIGN KEY (application_id) REFERENCES lottery_application (id),
  CONSTRAINT ck_lottery_entry_status CHECK (status IN ('WAITING', 'ACCEPTED', 'SETTLED', 'REMOVED')),
  CONSTRAINT ck_lottery_entry_left CHECK ((status = 'REMOVED') = (left_reason IS NOT NULL))
);
CREATE INDEX ix_lottery_entry_queue ON lottery_queue_entry (area_code, status, eligible_at, application_no);

-- Openings (空缺名额): a planned slot released, or the slot of a closed outlet.
CREATE TABLE lottery_opening (
  id               BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  opening_no       VARCHAR(40) NOT NULL,
  area_code        VARCHAR(20) NOT NULL,
  kind             VARCHAR(12) NOT NULL,
  planned_slot     INT,
  closed_outlet_id BIGINT,
  status           VARCHAR(12) NOT NULL,
  released_by      VARCHAR(64) NOT NULL,
  released_at      DATETIME(3) NOT NULL,
  filled_at        DATETIME(3),
  CONSTRAINT uq_lottery_opening_no UNIQUE (opening_no),
  CONSTRAINT uq_lottery_opening_slot UNIQUE (area_code, planned_slot),
  CONSTRAINT uq_lottery_opening_closure UNIQUE (closed_outlet_id),
  CONSTRAINT fk_lottery_opening_area FOREIGN KEY (area_code) REFERENCES lottery_area (code),
  CONSTRAINT ck_lottery_opening_kind CHECK ((kind = 'PLANNED' AND planned_slot IS NOT NULL AND closed_outlet_id IS NULL)
    OR (kind = 'CLOSURE' AND planned_slot IS NULL AND closed_outlet_id IS NOT NULL)),
  CONSTRAINT ck_lottery_opening_status CHECK (status IN ('OPEN', 'TAKEN', 'FILLED'))
);
CREATE INDEX ix_lottery_opening_area ON lottery_opening (area_code, status, id);

CREATE TABLE lottery_offer (
  id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  offer_no            VARCHAR(40) NOT NULL,
  area_code           VARCHAR(20) NOT NULL,
  opening_id          BIGINT      NOT NULL,
  entry_id            BIGINT      NOT NULL,
  status              VARCHAR(20) NOT NULL,
  offered_at          DATETIME(3) NOT NULL,
  answer_deadline     DATETIME(3) NOT NULL,
  answered_at         DATETIME(3),
  live_opening_id     BIGINT,
  live_entry_id       BIGINT,
  process_instance_id VARCHAR(64),
  CONSTRAINT uq_lottery_offer_no UNIQUE (offer_no),
  CONSTRAINT uq_lottery_offer_live_opening UNIQUE (live_opening_id),
  CONSTRAINT uq_lottery_offer_live_entry UNIQUE (live_entry_id),
  CONSTRAINT uq_lottery_offer_once UNIQUE (opening_id, entry_id),
  CONSTRAINT fk_lottery_offer_opening FOREIGN KEY (opening_id) REFERENCES lottery_opening (id),
  CONSTRAINT fk_lottery_offer_entry FOREIGN KEY (entry_id) REFERENCES lottery_queue_entry (id),
  CONSTRAINT ck_lottery_offer_status CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED',
    'INSPECTION_FAILED', 'OPENED')),
  CONSTRAINT ck_lottery_offer_live CHECK (
    (status IN ('OFFERED', 'ACCEPTED') AND live_opening_id = opening_id AND live_entry_id = entry_id)
    OR (status NOT IN ('OFFERED', 'ACCEPTED') AND live_opening_id IS NULL AND live_entry_id IS NULL))
);
CREATE INDEX ix_lottery_offer_entry ON lottery_offer (entry_id);

-- The per-area queue event log, hash-chained (see QueueEventHash for the canonical form).
CREATE TABLE lottery_queue_event (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  area_code      VARCHAR(20) NOT NULL,
  seq            BIGINT      NOT NULL,
  occurred_at    DATETIME(3) NOT NULL,
  event_type     VARCHAR(24) NOT NULL,
  application_no VARCHAR(40),
  opening_no     VARCHAR(40),
  offer_no       VARCHAR(40),
  detail         VARCHAR(200),
  actor          VARCHAR(64) NOT NULL,
  prev_hash      CHAR(64)    NOT NULL,
  hash           CHAR(64)    NOT NULL,
  CONSTRAINT uq_lottery_event_seq UNIQUE (area_code, seq),
  CONSTRAINT fk_lottery_event_area FOREIGN KEY (area_code) REFERENCES lottery_area (code)
);

-- Yearly outlet reviews (年度审查): one per outlet and year.
CREATE TABLE lottery_outlet_review (
  id                  BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  review_no           VARCHAR(40) NOT NULL,
  outlet_id           BIGINT      NOT NULL,
  review_year         INT         NOT NULL,
  status              VARCHAR(12) NOT NULL,
  outcome             VARCHAR(12),
  process_instance_id VARCHAR(64),
  started_by          VARCHAR(64) NOT NULL,
  started_at          DATETIME(3) NOT NULL,
  closed_at           DATETIME(3),
  CONSTRAINT uq_lottery_review_no UNIQUE (review_no),
  CONSTRAINT uq_lottery_review_year UNIQUE (outlet_id, review_year),
  CONSTRAINT fk_lottery_review_outlet FOREIGN KEY (outlet_id) REFERENCES lottery_outlet (id)
);

-- Outlet applicants sign in as external parties: one EXTERNAL unit per district, under its bureau.
INSERT INTO org_unit (code, name, level, parent_code, sort_order)
SELECT CONCAT('LT-AP-', code), CONCAT(name, '福彩代销申请人'), 'EXTERNAL', code, 900
FROM org_unit WHERE level = 'DISTRICT';
