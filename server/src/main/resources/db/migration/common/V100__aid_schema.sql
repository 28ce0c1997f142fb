-- Social assistance (低保/特困): households, members, applications, entrustments, beneficiaries.
-- Personal data (names, ID numbers) lives only here, never in engine variables.
CREATE TABLE aid_household (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code VARCHAR(20)  NOT NULL,
  street_code   VARCHAR(20)  NOT NULL,
  address       VARCHAR(300) NOT NULL,
  created_at    DATETIME(3)  NOT NULL
);

CREATE TABLE aid_member (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  household_id   BIGINT       NOT NULL,
  name           VARCHAR(100) NOT NULL,
  id_number      CHAR(18)     NOT NULL,
  birth_date     DATE         NOT NULL,
  relation       VARCHAR(20)  NOT NULL,
  hukou_status   VARCHAR(30)  NOT NULL,
  hukou_verified VARCHAR(30),
  applicant      BOOLEAN      NOT NULL,
  CONSTRAINT fk_aid_member_household FOREIGN KEY (household_id) REFERENCES aid_household (id)
);
CREATE INDEX ix_aid_member_household ON aid_member (household_id);
CREATE INDEX ix_aid_member_id_number ON aid_member (id_number);

CREATE TABLE aid_entrustment (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code  VARCHAR(20)  NOT NULL,
  benefit_type   VARCHAR(12)  NOT NULL,
  all_streets    BOOLEAN      NOT NULL,
  document_no    VARCHAR(100) NOT NULL,
  effective_from DATE         NOT NULL,
  effective_to   DATE,
  created_by     VARCHAR(64)  NOT NULL,
  created_at     DATETIME(3)  NOT NULL,
  revoked_at     DATETIME(3),
  revoked_by     VARCHAR(64),
  revoke_reason  VARCHAR(500)
);
CREATE INDEX ix_aid_entrustment_district ON aid_entrustment (district_code, benefit_type);

CREATE TABLE aid_entrustment_street (
  entrustment_id BIGINT      NOT NULL,
  street_code    VARCHAR(20) NOT NULL,
  PRIMARY KEY (entrustment_id, street_code),
  CONSTRAINT fk_aid_entrustment_street FOREIGN KEY (entrustment_id) REFERENCES aid_entrustment (id)
);

CREATE TABLE aid_application (
  id                     BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_no         VARCHAR(40)  NOT NULL,
  benefit_type           VARCHAR(12)  NOT NULL,
  household_id           BIGINT       NOT NULL,
  applicant_member_id    BIGINT,
  district_code          VARCHAR(20)  NOT NULL,
  competent_street_code  VARCHAR(20)  NOT NULL,
  intake_street_code     VARCHAR(20)  NOT NULL,
  conflict_of_interest   BOOLEAN      NOT NULL,
  conflict_note          VARCHAR(500),
  status                 VARCHAR(30)  NOT NULL,
  process_instance_id    VARCHAR(64),
  submitted_by           VARCHAR(64)  NOT NULL,
  submitted_at           DATETIME(3)  NOT NULL,
  accepted_at            DATETIME(3),
  deadline_date          DATE,
  deadline_extended      BOOLEAN      NOT NULL DEFAULT FALSE,
  extension_reason       VARCHAR(500),
  supplement_requested   BOOLEAN      NOT NULL DEFAULT FALSE,
  economic_check_request VARCHAR(100),
  economic_check_outcome VARCHAR(30),
  self_care_level        VARCHAR(30),
  notice_start           DATE,
  notice_end             DATE,
  decision               VARCHAR(20),
  decided_at             DATETIME(3),
  decided_by             VARCHAR(64),
  decided_org_unit       VARCHAR(20),
  entrustment_id         BIGINT,
  decision_statement     VARCHAR(500),
  closed_at              DATETIME(3),
  CONSTRAINT uq_aid_application_no UNIQUE (application_no),
  CONSTRAINT fk_aid_application_household FOREIGN KEY (household_id) REFERENCES aid_household (id)
);
CREATE INDEX ix_aid_application_street ON aid_application (competent_street_code, status);
CREATE INDEX ix_aid_application_district ON aid_application (district_code, status);

-- Benefit standards are data with effective dates (per person per month, in fen).
CREATE TABLE aid_benefit_standard (
  benefit_type   VARCHAR(12) NOT NULL,
  effective_from DATE        NOT NULL,
  amount_fen     BIGINT      NOT NULL,
  PRIMARY KEY (benefit_type, effective_from)
);
INSERT INTO aid_benefit_standard (benefit_type, effective_from, amount_fen) VALUES ('DIBAO', '2022-01-01', 136500);
INSERT INTO aid_benefit_standard (benefit_type, effective_from, amount_fen) VALUES ('TEKUN', '2022-01-01', 204800);

CREATE TABLE aid_beneficiary (
  id                 BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id     BIGINT      NOT NULL,
  household_id       BIGINT      NOT NULL,
  benefit_type       VARCHAR(12) NOT NULL,
  district_code      VARCHAR(20) NOT NULL,
  street_code        VARCHAR(20) NOT NULL,
  persons            INT         NOT NULL,
  monthly_amount_fen BIGINT      NOT NULL,
  self_care_level    VARCHAR(30),
  payment_start      DATE        NOT NULL,
  approved_at        DATETIME(3) NOT NULL,
  approved_by        VARCHAR(64) NOT NULL,
  approving_org_unit VARCHAR(20) NOT NULL,
  entrustment_id     BIGINT,
  status             VARCHAR(20) NOT NULL,
  CONSTRAINT uq_aid_beneficiary_application UNIQUE (application_id)
);
CREATE INDEX ix_aid_beneficiary_street ON aid_beneficiary (street_code, status);
