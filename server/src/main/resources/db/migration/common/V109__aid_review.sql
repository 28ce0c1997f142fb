-- Periodic review (动态管理) of 低保/特困 beneficiaries.
-- How often a household is reviewed, by household type, as data (months between reviews):
--   WORKING_AGE  a member of working age (16–59) who can work: every 6 months
--   STABLE       only elderly, minor, severely disabled or seriously ill members, stable income: every 12 months
--   TEKUN        特困 persons: yearly
CREATE TABLE aid_review_interval (
  household_type VARCHAR(20) NOT NULL PRIMARY KEY,
  months         INT         NOT NULL,
  label          VARCHAR(60) NOT NULL,
  CONSTRAINT ck_aid_review_interval_months CHECK (months BETWEEN 1 AND 24)
);
INSERT INTO aid_review_interval (household_type, months, label) VALUES ('WORKING_AGE', 6, '有劳动能力成员的家庭');
INSERT INTO aid_review_interval (household_type, months, label) VALUES ('STABLE', 12, '老年、重残、重病且收入稳定的家庭');
INSERT INTO aid_review_interval (household_type, months, label) VALUES ('TEKUN', 12, '特困供养人员');

-- One review case (FC-…) per beneficiary and due date; open_beneficiary_id holds the beneficiary while the review
-- is open and NULL once it is concluded, so the unique key allows one open review per beneficiary.
CREATE TABLE aid_review (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  review_no            VARCHAR(40)   NOT NULL,
  beneficiary_id       BIGINT        NOT NULL,
  open_beneficiary_id  BIGINT,
  district_code        VARCHAR(20)   NOT NULL,
  street_code          VARCHAR(20)   NOT NULL,
  household_type       VARCHAR(20)   NOT NULL,
  due_date             DATE          NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  process_instance_id  VARCHAR(64),
  household_income_fen BIGINT,
  household_changes    VARCHAR(1000),
  investigated_by      VARCHAR(64),
  proposal             VARCHAR(20),
  proposal_note        VARCHAR(500),
  proposed_by          VARCHAR(64),
  outcome              VARCHAR(20),
  phase_out_months     INT,
  decision_note        VARCHAR(500),
  decided_by           VARCHAR(64),
  decided_org_unit     VARCHAR(20),
  entrustment_id       BIGINT,
  decided_at           DATETIME(3),
  notice_served_on     DATE,
  payment_end          DATE,
  next_review_date     DATE,
  opened_at            DATETIME(3)   NOT NULL,
  closed_at            DATETIME(3),
  CONSTRAINT uq_aid_review_no UNIQUE (review_no),
  CONSTRAINT uq_aid_review_open UNIQUE (open_beneficiary_id),
  CONSTRAINT fk_aid_review_beneficiary FOREIGN KEY (beneficiary_id) REFERENCES aid_beneficiary (id),
  CONSTRAINT ck_aid_review_phase_out CHECK (phase_out_months IS NULL OR phase_out_months BETWEEN 1 AND 6)
);
CREATE INDEX ix_aid_review_street ON aid_review (street_code, status);
CREATE INDEX ix_aid_review_beneficiary ON aid_review (beneficiary_id);
