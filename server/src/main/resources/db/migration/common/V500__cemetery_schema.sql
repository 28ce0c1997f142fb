-- Commercial-cemetery annual inspection (经营性公墓年检): master data, the versioned checklist,
-- campaigns (one per district and year), inspections (one per cemetery and campaign) and what each
-- step recorded. Engine variables carry only the ids and codes; everything else lives here.
CREATE TABLE cemetery (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  code                VARCHAR(20)   NOT NULL,
  name                VARCHAR(100)  NOT NULL,
  district_code       VARCHAR(20)   NOT NULL,
  address             VARCHAR(300)  NOT NULL,
  operator_name       VARCHAR(100)  NOT NULL,
  operator_uscc       CHAR(18)      NOT NULL,
  operator_unit_code  VARCHAR(20)   NOT NULL,
  land_area_sqm       DECIMAL(12,2) NOT NULL,
  approved_plots      INT           NOT NULL,
  licence_no          VARCHAR(50)   NOT NULL,
  licence_valid_until DATE          NOT NULL,
  commercial          BOOLEAN       NOT NULL DEFAULT TRUE,
  updated_at          DATETIME(3)   NOT NULL,
  CONSTRAINT uq_cemetery_code UNIQUE (code),
  CONSTRAINT uq_cemetery_operator_unit UNIQUE (operator_unit_code),
  CONSTRAINT fk_cemetery_district FOREIGN KEY (district_code) REFERENCES org_unit (code),
  CONSTRAINT fk_cemetery_operator_unit FOREIGN KEY (operator_unit_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_cemetery_district ON cemetery (district_code, code);

-- 价格目录: what a cemetery may charge, by tier (分档定价).
CREATE TABLE cemetery_price_item (
  cemetery_id BIGINT        NOT NULL,
  item_code   VARCHAR(30)   NOT NULL,
  seq         INT           NOT NULL,
  name        VARCHAR(100)  NOT NULL,
  tier        VARCHAR(30)   NOT NULL,
  unit        VARCHAR(20)   NOT NULL,
  price_yuan  DECIMAL(12,2) NOT NULL,
  PRIMARY KEY (cemetery_id, item_code),
  CONSTRAINT fk_cemetery_price_cemetery FOREIGN KEY (cemetery_id) REFERENCES cemetery (id)
);

-- The joint-enforcement unit (external party) each district refers unqualified cemeteries to.
CREATE TABLE cemetery_enforcement_unit (
  district_code VARCHAR(20) NOT NULL PRIMARY KEY,
  unit_code     VARCHAR(20) NOT NULL,
  CONSTRAINT fk_cemetery_enforcement_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

-- The checklist is data: a process owner publishes a new version; a campaign keeps the version it opened with.
CREATE TABLE cemetery_checklist_version (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  version_no   INT          NOT NULL,
  title        VARCHAR(100) NOT NULL,
  published_by VARCHAR(64)  NOT NULL,
  published_at DATETIME(3)  NOT NULL,
  CONSTRAINT uq_cemetery_checklist_version UNIQUE (version_no)
);

CREATE TABLE cemetery_checklist_item (
  version_id BIGINT       NOT NULL,
  item_code  VARCHAR(40)  NOT NULL,
  seq        INT          NOT NULL,
  category   VARCHAR(40)  NOT NULL,
  item_text  VARCHAR(300) NOT NULL,
  PRIMARY KEY (version_id, item_code),
  CONSTRAINT fk_cemetery_checklist_item_version FOREIGN KEY (version_id) REFERENCES cemetery_checklist_version (id)
);

CREATE TABLE cemetery_campaign (
  id                   BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  campaign_no          VARCHAR(40)   NOT NULL,
  campaign_year        INT           NOT NULL,
  district_code        VARCHAR(20)   NOT NULL,
  checklist_version_id BIGINT        NOT NULL,
  status               VARCHAR(20)   NOT NULL,
  opened_by            VARCHAR(64)   NOT NULL,
  opened_at            DATETIME(3)   NOT NULL,
  process_instance_id  VARCHAR(64),
  total_count          INT,
  qualified_count      INT,
  rectify_pending_count INT,
  unqualified_count    INT,
  summary_note         VARCHAR(1000),
  submitted_by         VARCHAR(64),
  submitted_at         DATETIME(3),
  city_decision        VARCHAR(20),
  city_reason          VARCHAR(500),
  city_reviewed_by     VARCHAR(64),
  city_reviewed_at     DATETIME(3),
  published_at         DATETIME(3),
  closed_at            DATETIME(3),
  CONSTRAINT uq_cemetery_campaign_no UNIQUE (campaign_no),
  CONSTRAINT uq_cemetery_campaign_year UNIQUE (campaign_year, district_code),
  CONSTRAINT fk_cemetery_campaign_checklist FOREIGN KEY (checklist_version_id) REFERENCES cemetery_checklist_version (id)
);

CREATE TABLE cemetery_inspection (
  id                         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  inspection_no              VARCHAR(40)   NOT NULL,
  campaign_id                BIGINT        NOT NULL,
  cemetery_id                BIGINT        NOT NULL,
  district_code              VARCHAR(20)   NOT NULL,
  operator_unit_code         VARCHAR(20)   NOT NULL,
  enforcement_unit_code      VARCHAR(20)   NOT NULL,
  process_instance_id        VARCHAR(64),
  opened_at                  DATETIME(3)   NOT NULL,
  self_report_escalated_at   DATETIME(3),
  document_returns           INT           NOT NULL DEFAULT 0,
  findings                   VARCHAR(20),
  rectification_ordered_at   DATETIME(3),
  rectification_due          DATE,
  rectification_order        VARCHAR(500),
  rectification_report       VARCHAR(1000),
  rectification_submitted_at DATETIME(3),
  result                     VARCHAR(20),
  result_opinion             VARCHAR(500),
  result_by                  VARCHAR(64),
  result_at                  DATETIME(3),
  credit_record_no           VARCHAR(64),
  credit_reported_at         DATETIME(3),
  enforcement_decision       VARCHAR(30),
  enforcement_note           VARCHAR(500),
  closed_at                  DATETIME(3),
  CONSTRAINT uq_cemetery_inspection_no UNIQUE (inspection_no),
  CONSTRAINT uq_cemetery_inspection_campaign UNIQUE (campaign_id, cemetery_id),
  CONSTRAINT fk_cemetery_inspection_campaign FOREIGN KEY (campaign_id) REFERENCES cemetery_campaign (id),
  CONSTRAINT fk_cemetery_inspection_cemetery FOREIGN KEY (cemetery_id) REFERENCES cemetery (id)
);
CREATE INDEX ix_cemetery_inspection_operator ON cemetery_inspection (operator_unit_code, id);

-- 自查报告 (structured); the latest submission of an inspection.
CREATE TABLE cemetery_self_report (
  inspection_id           BIGINT        NOT NULL PRIMARY KEY,
  plots_sold              INT           NOT NULL,
  plots_over_size_limit   INT           NOT NULL,
  pre_sales               INT           NOT NULL,
  eco_burial_percent      INT           NOT NULL,
  complaints              INT           NOT NULL,
  prices_within_catalogue BOOLEAN       NOT NULL,
  price_note              VARCHAR(500),
  note                    VARCHAR(1000),
  submitted_by            VARCHAR(64)   NOT NULL,
  submitted_at            DATETIME(3)   NOT NULL,
  CONSTRAINT fk_cemetery_self_report FOREIGN KEY (inspection_id) REFERENCES cemetery_inspection (id)
);

-- Checklist answers: round 1 on-site inspection, round 2 re-inspection.
CREATE TABLE cemetery_check_result (
  inspection_id       BIGINT       NOT NULL,
  round_no            INT          NOT NULL,
  item_code           VARCHAR(40)  NOT NULL,
  result              VARCHAR(4)   NOT NULL,
  remark              VARCHAR(500),
  photo_attachment_id BIGINT,
  checked_by          VARCHAR(64)  NOT NULL,
  checked_at          DATETIME(3)  NOT NULL,
  PRIMARY KEY (inspection_id, round_no, item_code),
  CONSTRAINT fk_cemetery_check_result FOREIGN KEY (inspection_id) REFERENCES cemetery_inspection (id)
);

CREATE TABLE cemetery_site_visit (
  inspection_id BIGINT       NOT NULL,
  round_no      INT          NOT NULL,
  latitude      DECIMAL(9,6) NOT NULL,
  longitude     DECIMAL(9,6) NOT NULL,
  place         VARCHAR(200) NOT NULL,
  inspector     VARCHAR(64)  NOT NULL,
  visited_at    DATETIME(3)  NOT NULL,
  PRIMARY KEY (inspection_id, round_no),
  CONSTRAINT fk_cemetery_site_visit FOREIGN KEY (inspection_id) REFERENCES cemetery_inspection (id)
);
