-- Charity recognition, public-fundraising qualification and charitable-trust filing (DOMAIN.md §3).
-- Engine variables carry ids and codes only; names, opinions and the trust's particulars live here.

-- The register of charities: registered as one, or recognised by us (charity_since counts the years
-- the public-fundraising qualification asks for).
CREATE TABLE charity_organisation (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  uscc           CHAR(18)      NOT NULL,
  name           VARCHAR(200)  NOT NULL,
  registrar_code VARCHAR(20)   NOT NULL,
  source         VARCHAR(12)   NOT NULL,
  charity_since  DATE          NOT NULL,
  certificate_no VARCHAR(60),
  platform_no    VARCHAR(60),
  created_at     DATETIME(3)   NOT NULL,
  CONSTRAINT uq_charity_organisation_uscc UNIQUE (uscc),
  CONSTRAINT fk_charity_organisation_registrar FOREIGN KEY (registrar_code) REFERENCES org_unit (code)
);

CREATE TABLE charity_recognition (
  id                     BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  recognition_no         VARCHAR(40)   NOT NULL,
  uscc                   CHAR(18)      NOT NULL,
  organisation_name      VARCHAR(200)  NOT NULL,
  registrar_code         VARCHAR(20)   NOT NULL,
  purpose_statement      VARCHAR(1000) NOT NULL,
  governance_vote_on     DATE          NOT NULL,
  governance_vote_note   VARCHAR(500)  NOT NULL,
  status                 VARCHAR(20)   NOT NULL,
  applied_by             VARCHAR(64)   NOT NULL,
  applied_at             DATETIME(3)   NOT NULL,
  supplement_requested   BOOLEAN       NOT NULL DEFAULT FALSE,
  missing_materials      VARCHAR(500),
  accepted_on            DATE,
  decision_due           DATE,
  credit_state           VARCHAR(12),
  penalised              BOOLEAN,
  credit_checked_at      DATETIME(3),
  charity_purpose        VARCHAR(3),
  no_profit_distribution VARCHAR(3),
  residual_asset_clause  VARCHAR(3),
  governance_vote        VARCHAR(3),
  review_decision        VARCHAR(10),
  review_opinion         VARCHAR(500),
  reviewed_by            VARCHAR(64),
  decision               VARCHAR(10),
  decided_by             VARCHAR(64),
  decided_at             DATETIME(3),
  refusal_reason         VARCHAR(500),
  certificate_no         VARCHAR(60),
  effective_on           DATE,
  platform_no            VARCHAR(60),
  published_at           DATETIME(3),
  process_instance_id    VARCHAR(64),
  closed_at              DATETIME(3),
  CONSTRAINT uq_charity_recognition_no UNIQUE (recognition_no),
  CONSTRAINT fk_charity_recognition_registrar FOREIGN KEY (registrar_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_charity_recognition_registrar ON charity_recognition (registrar_code, id);
CREATE INDEX ix_charity_recognition_uscc ON charity_recognition (uscc);

CREATE TABLE charity_fundraising (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  qualification_no    VARCHAR(40)   NOT NULL,
  charity_id          BIGINT        NOT NULL,
  registrar_code      VARCHAR(20)   NOT NULL,
  plan_summary        VARCHAR(1000) NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  applied_by          VARCHAR(64)   NOT NULL,
  applied_at          DATETIME(3)   NOT NULL,
  decision_due        DATE,
  review_decision     VARCHAR(10),
  review_opinion      VARCHAR(500),
  decision            VARCHAR(10),
  decision_opinion    VARCHAR(500),
  decided_by          VARCHAR(64),
  decided_at          DATETIME(3),
  certificate_no      VARCHAR(60),
  valid_from          DATE,
  valid_until         DATE,
  platform_no         VARCHAR(60),
  published_at        DATETIME(3),
  process_instance_id VARCHAR(64),
  closed_at           DATETIME(3),
  CONSTRAINT uq_charity_fundraising_no UNIQUE (qualification_no),
  CONSTRAINT fk_charity_fundraising_charity FOREIGN KEY (charity_id) REFERENCES charity_organisation (id)
);
CREATE INDEX ix_charity_fundraising_registrar ON charity_fundraising (registrar_code, id);

-- Trustees that may file (an external party each: a charity or a trust company).
CREATE TABLE charity_trustee (
  unit_code    VARCHAR(20)  NOT NULL PRIMARY KEY,
  name         VARCHAR(200) NOT NULL,
  uscc         CHAR(18)     NOT NULL,
  trustee_type VARCHAR(14)  NOT NULL,
  CONSTRAINT fk_charity_trustee_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

CREATE TABLE charity_trust (
  id                BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  trust_no          VARCHAR(40)   NOT NULL,
  name              VARCHAR(200)  NOT NULL,
  registrar_code    VARCHAR(20)   NOT NULL,
  trustee_unit_code VARCHAR(20)   NOT NULL,
  supervisor_name   VARCHAR(200),
  custodian_bank    VARCHAR(200)  NOT NULL,
  custodian_account VARCHAR(40)   NOT NULL,
  purpose           VARCHAR(1000) NOT NULL,
  term_years        INT,
  signed_on         DATE          NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  late              BOOLEAN       NOT NULL,
  filed_on          DATE,
  receipt_no        VARCHAR(60),
  created_at        DATETIME(3)   NOT NULL,
  CONSTRAINT uq_charity_trust_no UNIQUE (trust_no),
  CONSTRAINT fk_charity_trust_trustee FOREIGN KEY (trustee_unit_code) REFERENCES charity_trustee (unit_code)
);
CREATE INDEX ix_charity_trust_trustee ON charity_trust (trustee_unit_code, id);
CREATE INDEX ix_charity_trust_registrar ON charity_trust (registrar_code, id);

CREATE TABLE charity_trust_settlor (
  trust_id     BIGINT       NOT NULL,
  seq          INT          NOT NULL,
  name         VARCHAR(200) NOT NULL,
  settlor_type VARCHAR(12)  NOT NULL,
  PRIMARY KEY (trust_id, seq),
  CONSTRAINT fk_charity_settlor_trust FOREIGN KEY (trust_id) REFERENCES charity_trust (id)
);

CREATE TABLE charity_trust_asset (
  trust_id          BIGINT        NOT NULL,
  seq               INT           NOT NULL,
  asset_type        VARCHAR(12)   NOT NULL,
  description       VARCHAR(300)  NOT NULL,
  value_yuan        DECIMAL(18,2) NOT NULL,
  transfer_method   VARCHAR(300),
  transfer_evidence VARCHAR(300),
  PRIMARY KEY (trust_id, seq),
  CONSTRAINT fk_charity_asset_trust FOREIGN KEY (trust_id) REFERENCES charity_trust (id)
);

-- Every trustee the trust had: the current one has no until_on.
CREATE TABLE charity_trust_trustee (
  trust_id          BIGINT      NOT NULL,
  seq               INT         NOT NULL,
  trustee_unit_code VARCHAR(20) NOT NULL,
  from_on           DATE        NOT NULL,
  until_on          DATE,
  filing_no         VARCHAR(40) NOT NULL,
  PRIMARY KEY (trust_id, seq),
  CONSTRAINT fk_charity_trustee_history_trust FOREIGN KEY (trust_id) REFERENCES charity_trust (id)
);

-- Filings of a trust: the first (INITIAL), changes, termination with the liquidation report, annual reports.
CREATE TABLE charity_trust_filing (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  filing_no            VARCHAR(40)   NOT NULL,
  trust_id             BIGINT        NOT NULL,
  filing_type          VARCHAR(14)   NOT NULL,
  trustee_unit_code    VARCHAR(20)   NOT NULL,
  submitted_by         VARCHAR(64)   NOT NULL,
  submitted_at         DATETIME(3)   NOT NULL,
  event_on             DATE          NOT NULL,
  days_after_event     INT           NOT NULL,
  late                 BOOLEAN       NOT NULL,
  status               VARCHAR(14)   NOT NULL,
  summary              VARCHAR(1000),
  new_trustee_unit     VARCHAR(20),
  liquidation_report   VARCHAR(2000),
  report_year          INT,
  supplement_requested BOOLEAN       NOT NULL DEFAULT FALSE,
  missing_materials    VARCHAR(500),
  supplement_note      VARCHAR(500),
  review_opinion       VARCHAR(500),
  reviewed_by          VARCHAR(64),
  receipt_no           VARCHAR(60),
  receipt_at           DATETIME(3),
  process_instance_id  VARCHAR(64),
  closed_at            DATETIME(3),
  CONSTRAINT uq_charity_trust_filing_no UNIQUE (filing_no),
  CONSTRAINT fk_charity_filing_trust FOREIGN KEY (trust_id) REFERENCES charity_trust (id)
);
CREATE INDEX ix_charity_filing_trust ON charity_trust_filing (trust_id, id);

-- Published filings and decisions: content is the canonical JSON whose SHA-256 the audit chain holds.
CREATE TABLE charity_public_record (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  record_no      VARCHAR(60)  NOT NULL,
  record_type    VARCHAR(30)  NOT NULL,
  case_ref       VARCHAR(40)  NOT NULL,
  registrar_code VARCHAR(20)  NOT NULL,
  title          VARCHAR(300) NOT NULL,
  content        TEXT         NOT NULL,
  content_hash   CHAR(64)     NOT NULL,
  published_at   DATETIME(3)  NOT NULL,
  CONSTRAINT uq_charity_public_record_no UNIQUE (record_no)
);
CREATE INDEX ix_charity_public_record_case ON charity_public_record (case_ref);
