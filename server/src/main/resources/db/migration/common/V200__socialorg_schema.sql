-- Social organisations (社会团体/社会服务机构/基金会): master data, credit lists, registration,
-- annual reports, spot checks. Personal data (legal representatives) lives only here.
CREATE TABLE so_organisation (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name                  VARCHAR(200)  NOT NULL,
  org_type              VARCHAR(20)   NOT NULL,
  management_mode       VARCHAR(10)   NOT NULL,
  registrar_code        VARCHAR(20)   NOT NULL,
  supervisory_unit_code VARCHAR(20),
  province_entrusted    BOOLEAN       NOT NULL DEFAULT FALSE,
  entrustment_basis     VARCHAR(200),
  uscc                  CHAR(18),
  status                VARCHAR(20)   NOT NULL,
  credit_state          VARCHAR(12)   NOT NULL DEFAULT 'NORMAL',
  credit_since          DATE,
  domicile              VARCHAR(300),
  capital_yuan          DECIMAL(16,2),
  legal_rep_name        VARCHAR(100),
  legal_rep_id_number   CHAR(18),
  party_members         INT,
  registered_on         DATE,
  last_activity_on      DATE,
  created_at            DATETIME(3)   NOT NULL,
  CONSTRAINT uq_so_organisation_uscc UNIQUE (uscc)
);
CREATE INDEX ix_so_organisation_registrar ON so_organisation (registrar_code, status);
CREATE INDEX ix_so_organisation_credit ON so_organisation (credit_state, credit_since);
CREATE INDEX ix_so_organisation_name ON so_organisation (name);

-- Every move on the credit lists: dated, reasoned, by whom.
CREATE TABLE so_credit_transition (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT        NOT NULL,
  from_state      VARCHAR(12)   NOT NULL,
  to_state        VARCHAR(12)   NOT NULL,
  reason_code     VARCHAR(40)   NOT NULL,
  reason_text     VARCHAR(500)  NOT NULL,
  effective_on    DATE          NOT NULL,
  case_ref        VARCHAR(64),
  actor           VARCHAR(64)   NOT NULL,
  recorded_at     DATETIME(3)   NOT NULL,
  pushed_at       DATETIME(3),
  CONSTRAINT fk_so_credit_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);
CREATE INDEX ix_so_credit_transition_org ON so_credit_transition (organisation_id, id);

-- Administrative penalties (行政处罚): charity recognition reads the last 2 years.
CREATE TABLE so_penalty (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT        NOT NULL,
  decided_on      DATE          NOT NULL,
  document_no     VARCHAR(100)  NOT NULL,
  summary         VARCHAR(500)  NOT NULL,
  CONSTRAINT fk_so_penalty_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);
CREATE INDEX ix_so_penalty_org ON so_penalty (organisation_id, decided_on);

-- Name check data: reserved names (名称预留) and forbidden words (禁用字词).
CREATE TABLE so_reserved_name (
  name           VARCHAR(200)  NOT NULL PRIMARY KEY,
  reserved_until DATE          NOT NULL
);
CREATE TABLE so_forbidden_word (
  word VARCHAR(50)   NOT NULL PRIMARY KEY,
  note VARCHAR(200)  NOT NULL
);
-- Required clauses of the model charter (章程示范文本): a charter must mention each keyword.
CREATE TABLE so_charter_clause (
  code       VARCHAR(30)   NOT NULL PRIMARY KEY,
  title      VARCHAR(100)  NOT NULL,
  keyword    VARCHAR(50)   NOT NULL,
  sort_order INT           NOT NULL
);

CREATE TABLE so_registration (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  registration_no       VARCHAR(64)   NOT NULL,
  organisation_id       BIGINT        NOT NULL,
  status                VARCHAR(24)   NOT NULL,
  charter_text          TEXT          NOT NULL,
  name_check_note       VARCHAR(300),
  supplement_requested  BOOLEAN       NOT NULL DEFAULT FALSE,
  missing_materials     VARCHAR(500),
  accepted_at           DATETIME(3),
  decision_deadline     DATE,
  decision              VARCHAR(12),
  decision_opinion      VARCHAR(500),
  decided_by            VARCHAR(64),
  decided_at            DATETIME(3),
  licence_no            VARCHAR(40),
  announced_at          DATETIME(3),
  process_instance_id   VARCHAR(64),
  submitted_by          VARCHAR(64)   NOT NULL,
  submitted_at          DATETIME(3)   NOT NULL,
  closed_at             DATETIME(3),
  CONSTRAINT uq_so_registration_no UNIQUE (registration_no),
  CONSTRAINT fk_so_registration_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);

-- E-licence records (电子证照).
CREATE TABLE so_elicence (
  licence_no      VARCHAR(40)   NOT NULL PRIMARY KEY,
  organisation_id BIGINT        NOT NULL,
  uscc            CHAR(18)      NOT NULL,
  issued_at       DATETIME(3)   NOT NULL,
  CONSTRAINT fk_so_elicence_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);

-- Published announcements (登记公告, spot-check results).
CREATE TABLE so_announcement (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind            VARCHAR(20)   NOT NULL,
  organisation_id BIGINT        NOT NULL,
  registrar_code  VARCHAR(20)   NOT NULL,
  case_ref        VARCHAR(64)   NOT NULL,
  text            VARCHAR(1000) NOT NULL,
  published_at    DATETIME(3)   NOT NULL
);
CREATE INDEX ix_so_announcement_kind ON so_announcement (kind, registrar_code, published_at);

CREATE TABLE so_annual_campaign (
  id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_year    INT           NOT NULL,
  registrar_code VARCHAR(20)   NOT NULL,
  deadline       DATE          NOT NULL,
  reminder_on    DATE          NOT NULL,
  status         VARCHAR(12)   NOT NULL,
  case_count     INT           NOT NULL DEFAULT 0,
  opened_by      VARCHAR(64)   NOT NULL,
  opened_at      DATETIME(3)   NOT NULL,
  CONSTRAINT uq_so_campaign UNIQUE (registrar_code, report_year)
);

CREATE TABLE so_annual_report (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  report_no           VARCHAR(64)   NOT NULL,
  campaign_id         BIGINT        NOT NULL,
  organisation_id     BIGINT        NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  submitted_at        DATETIME(3),
  late                BOOLEAN       NOT NULL DEFAULT FALSE,
  summary             VARCHAR(2000),
  audit_report_no     VARCHAR(100),
  correction_note     VARCHAR(500),
  process_instance_id VARCHAR(64),
  closed_at           DATETIME(3),
  CONSTRAINT uq_so_annual_report_no UNIQUE (report_no),
  CONSTRAINT uq_so_annual_report_org UNIQUE (campaign_id, organisation_id),
  CONSTRAINT fk_so_annual_report_campaign FOREIGN KEY (campaign_id) REFERENCES so_annual_campaign (id)
);

-- 双随机: the seed and both candidate lists are stored, so anyone can re-run the draw.
CREATE TABLE so_spot_check (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  check_no              VARCHAR(64)   NOT NULL,
  registrar_code        VARCHAR(20)   NOT NULL,
  title                 VARCHAR(200)  NOT NULL,
  seed                  BIGINT        NOT NULL,
  organisation_count    INT           NOT NULL,
  inspector_count       INT           NOT NULL,
  org_candidates        TEXT          NOT NULL,
  inspector_candidates  TEXT          NOT NULL,
  drawn_organisations   TEXT          NOT NULL,
  drawn_inspectors      TEXT          NOT NULL,
  accounting_firm_code  VARCHAR(20)   NOT NULL,
  created_by            VARCHAR(64)   NOT NULL,
  created_at            DATETIME(3)   NOT NULL,
  CONSTRAINT uq_so_spot_check_no UNIQUE (check_no)
);

CREATE TABLE so_spot_check_item (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  item_no             VARCHAR(64)   NOT NULL,
  spot_check_id       BIGINT        NOT NULL,
  organisation_id     BIGINT        NOT NULL,
  status              VARCHAR(20)   NOT NULL,
  findings            VARCHAR(500),
  rectification_due   DATE,
  result              VARCHAR(20),
  published_at        DATETIME(3),
  process_instance_id VARCHAR(64),
  CONSTRAINT uq_so_spot_check_item_no UNIQUE (item_no),
  CONSTRAINT fk_so_spot_check_item FOREIGN KEY (spot_check_id) REFERENCES so_spot_check (id)
);
