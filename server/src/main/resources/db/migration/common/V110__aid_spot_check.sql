-- The district's monthly spot check (抽查) of decisions its streets took under entrustment.
-- Policy per district, as data; the row DEFAULT applies to a district without its own:
--   share_percent   share of last month's entrusted decisions drawn (rounded up, at least 1 when there are any)
--   flag_findings   an entrustment with at least this many findings ...
--   flag_months     ... within this many months (the sampled months) is flagged on the dashboard
--   salt            secret mixed into the seed so that the sample cannot be foreseen; stored with each draw
CREATE TABLE aid_spot_check_policy (
  district_code VARCHAR(20) NOT NULL PRIMARY KEY,
  share_percent INT         NOT NULL,
  flag_findings INT         NOT NULL,
  flag_months   INT         NOT NULL,
  salt          VARCHAR(64),
  CONSTRAINT ck_aid_spot_check_share CHECK (share_percent BETWEEN 1 AND 100),
  CONSTRAINT ck_aid_spot_check_flag CHECK (flag_findings >= 1 AND flag_months BETWEEN 1 AND 24)
);
INSERT INTO aid_spot_check_policy (district_code, share_percent, flag_findings, flag_months) VALUES ('DEFAULT', 30, 2, 3);

-- Kinds of finding, as data.
CREATE TABLE aid_spot_check_finding_kind (
  code  VARCHAR(30) NOT NULL PRIMARY KEY,
  label VARCHAR(60) NOT NULL,
  sort_order INT        NOT NULL
);
INSERT INTO aid_spot_check_finding_kind (code, label, sort_order) VALUES ('WRONG_AMOUNT', '金额计算有误', 1);
INSERT INTO aid_spot_check_finding_kind (code, label, sort_order) VALUES ('MISSING_MATERIAL', '材料缺失', 2);
INSERT INTO aid_spot_check_finding_kind (code, label, sort_order) VALUES ('ELIGIBILITY_DOUBT', '资格存疑', 3);
INSERT INTO aid_spot_check_finding_kind (code, label, sort_order) VALUES ('PROCEDURE', '程序不规范', 4);

-- One draw per district and month, with what it takes to replay it: the salt, the seed derived from
-- district + month + salt, the share, the population sorted by case number and the sample in draw order
-- (see SpotCheckSample).
CREATE TABLE aid_spot_check_draw (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code   VARCHAR(20)  NOT NULL,
  sample_month    DATE         NOT NULL,
  salt            VARCHAR(64)  NOT NULL,
  seed            BIGINT       NOT NULL,
  share_percent   INT          NOT NULL,
  population_size INT          NOT NULL,
  sample_size     INT          NOT NULL,
  population_nos  TEXT         NOT NULL,
  sample_nos      TEXT         NOT NULL,
  drawn_at        DATETIME(3)  NOT NULL,
  CONSTRAINT uq_aid_spot_check_draw UNIQUE (district_code, sample_month)
);

-- One spot-check case (CC-…) per sampled decision.
CREATE TABLE aid_spot_check (
  id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  check_no              VARCHAR(40)   NOT NULL,
  draw_id               BIGINT        NOT NULL,
  district_code         VARCHAR(20)   NOT NULL,
  street_code           VARCHAR(20)   NOT NULL,
  application_id        BIGINT        NOT NULL,
  application_no        VARCHAR(40)   NOT NULL,
  entrustment_id        BIGINT        NOT NULL,
  status                VARCHAR(30)   NOT NULL,
  process_instance_id   VARCHAR(64),
  finding_kind          VARCHAR(30),
  note                  VARCHAR(1000),
  correction            VARCHAR(1000),
  ends_payment          BOOLEAN       NOT NULL DEFAULT FALSE,
  reviewed_by           VARCHAR(64),
  reviewed_at           DATETIME(3),
  correction_opinion    VARCHAR(500),
  correction_decided_by VARCHAR(64),
  correction_decided_at DATETIME(3),
  opened_at             DATETIME(3)   NOT NULL,
  closed_at             DATETIME(3),
  CONSTRAINT uq_aid_spot_check_no UNIQUE (check_no),
  CONSTRAINT uq_aid_spot_check_application UNIQUE (draw_id, application_id),
  CONSTRAINT fk_aid_spot_check_draw FOREIGN KEY (draw_id) REFERENCES aid_spot_check_draw (id)
);
CREATE INDEX ix_aid_spot_check_entrustment ON aid_spot_check (entrustment_id, status);
CREATE INDEX ix_aid_spot_check_district ON aid_spot_check (district_code, status);

-- A confirmed correction is written to the decision it corrects.
ALTER TABLE aid_application ADD COLUMN decision_correction VARCHAR(1000);
ALTER TABLE aid_application ADD COLUMN corrected_by_check VARCHAR(40);
ALTER TABLE aid_application ADD COLUMN corrected_at DATETIME(3);
