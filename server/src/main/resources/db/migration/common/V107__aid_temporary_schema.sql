-- 临时救助 (temporary assistance) and the streets' reserve funds (备用金).
-- Money in fen (BIGINT). Personal data (name, ID number) lives here, never in engine variables.

-- Limits per district (data, not code): the street's 先行救助 limit for an emergency payment, the street's
-- approval limit (above it the district approves), the small amount below which the public notice is skipped,
-- the cap of an expenditure-type amount.
CREATE TABLE aid_temporary_limit (
  district_code            VARCHAR(20)  NOT NULL PRIMARY KEY,
  advance_limit_fen        BIGINT       NOT NULL,
  street_approval_limit_fen BIGINT      NOT NULL,
  notice_threshold_fen     BIGINT       NOT NULL,
  expenditure_cap_fen      BIGINT       NOT NULL,
  document_no              VARCHAR(100) NOT NULL
);

-- 支出型 tiers per district: a shortfall band [min, max) pays a percentage (basis points) of the shortfall.
CREATE TABLE aid_temporary_tier (
  id                BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code     VARCHAR(20) NOT NULL,
  min_shortfall_fen BIGINT      NOT NULL,
  max_shortfall_fen BIGINT,
  rate_basis_points INT         NOT NULL,
  label             VARCHAR(50) NOT NULL
);
CREATE INDEX ix_aid_temporary_tier_district ON aid_temporary_tier (district_code, min_shortfall_fen);

CREATE TABLE aid_temporary_case (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_no                VARCHAR(40)   NOT NULL,
  kind                   VARCHAR(12)   NOT NULL,
  district_code          VARCHAR(20)   NOT NULL,
  street_code            VARCHAR(20)   NOT NULL,
  status                 VARCHAR(30)   NOT NULL,
  person_name            VARCHAR(100)  NOT NULL,
  id_number              CHAR(18)      NOT NULL,
  household_size         INT           NOT NULL,
  address                VARCHAR(300)  NOT NULL,
  event_type             VARCHAR(30)   NOT NULL,
  event_date             DATE          NOT NULL,
  event_description      VARCHAR(1000) NOT NULL,
  household_income_fen   BIGINT,
  rigid_expenditure_fen  BIGINT,
  shortfall_fen          BIGINT,
  tier_label             VARCHAR(100),
  amount_fen             BIGINT        NOT NULL,
  notice_required        BOOLEAN       NOT NULL,
  notice_skip_reason     VARCHAR(200),
  notice_start           DATE,
  notice_end             DATE,
  paid_at                DATETIME(3),
  payment_entry_id       BIGINT,
  payment_instruction    VARCHAR(100),
  regularisation_due     DATE,
  regularisation_overdue BOOLEAN       NOT NULL DEFAULT FALSE,
  material_note          VARCHAR(500),
  review_opinion         VARCHAR(500),
  approving_org_unit     VARCHAR(20),
  decision               VARCHAR(20),
  decision_opinion       VARCHAR(500),
  decided_by             VARCHAR(64),
  decided_at             DATETIME(3),
  recovery_note          VARCHAR(500),
  refunded_fen           BIGINT        NOT NULL DEFAULT 0,
  process_instance_id    VARCHAR(64),
  submitted_by           VARCHAR(64)   NOT NULL,
  submitted_at           DATETIME(3)   NOT NULL,
  closed_at              DATETIME(3),
  CONSTRAINT uq_aid_temporary_case_no UNIQUE (case_no),
  -- 一事一救: one aid per person and event
  CONSTRAINT uq_aid_temporary_event UNIQUE (id_number, event_type, event_date)
);
CREATE INDEX ix_aid_temporary_case_street ON aid_temporary_case (street_code, submitted_at);

-- One ledger per street: the balance never goes negative (guarded update), every movement is an entry with
-- the balance after it.
CREATE TABLE aid_reserve_fund (
  street_code   VARCHAR(20) NOT NULL PRIMARY KEY,
  district_code VARCHAR(20) NOT NULL,
  balance_fen   BIGINT      NOT NULL DEFAULT 0,
  CONSTRAINT ck_aid_reserve_fund_balance CHECK (balance_fen >= 0)
);

CREATE TABLE aid_reserve_entry (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  street_code       VARCHAR(20)  NOT NULL,
  kind              VARCHAR(12)  NOT NULL,
  amount_fen        BIGINT       NOT NULL,
  balance_after_fen BIGINT       NOT NULL,
  case_no           VARCHAR(40),
  reason            VARCHAR(500),
  created_by        VARCHAR(64)  NOT NULL,
  created_at        DATETIME(3)  NOT NULL
);
CREATE INDEX ix_aid_reserve_entry_street ON aid_reserve_entry (street_code, created_at, id);
CREATE INDEX ix_aid_reserve_entry_case ON aid_reserve_entry (case_no);
