-- 公办养老机构评估轮候入住 (public care-home waitlist, line elderly): "先评估再轮候入住" (assess first, then
-- queue; 2018, research 002:57), priority for 特困, 低保/低收入 and 计划生育特殊家庭 elders (000:211). The queue of
-- each care home is a hash-chained event log as the lottery's (shared.queue): the home's row holds the chain head
-- and is locked while appending; entries, bed releases and offers hold the invariants as the lottery's tables do.

-- Priority tiers as data: a lower rank is served first; within a tier the oldest first, then the earlier
-- application (the ordering key written into each ENTERED event).
CREATE TABLE carehome_priority_tier (
  code     VARCHAR(20)  NOT NULL PRIMARY KEY,
  tier_rank INT         NOT NULL,
  name_zh  VARCHAR(60)  NOT NULL,
  name_en  VARCHAR(80)  NOT NULL,
  source   VARCHAR(200) NOT NULL,
  CONSTRAINT uq_carehome_tier_rank UNIQUE (tier_rank),
  CONSTRAINT ck_carehome_tier_rank CHECK (tier_rank BETWEEN 1 AND 99)
);
INSERT INTO carehome_priority_tier (code, tier_rank, name_zh, name_en, source) VALUES
  ('TEKUN',   1, '特困供养老年人', 'Elders in extreme poverty (特困)', '深圳市民政事业发展"十四五"规划 000:211'),
  ('DIBAO',   2, '低保及低收入困难家庭老年人', 'Elders of dibao and low-income families', '深圳市民政事业发展"十四五"规划 000:211'),
  ('JIHUA',   3, '计划生育特殊家庭老年人', 'Elders of family-planning special families', '深圳市民政事业发展"十四五"规划 000:211'),
  ('GENERAL', 9, '其他老年人', 'Other elders', 'default tier');

CREATE TABLE care_home (
  code             VARCHAR(20)  NOT NULL PRIMARY KEY,
  name             VARCHAR(100) NOT NULL,
  name_en          VARCHAR(120) NOT NULL,
  district_code    VARCHAR(20)  NOT NULL,
  address          VARCHAR(200) NOT NULL,
  beds             INT          NOT NULL,
  min_care_level   INT          NOT NULL,
  answer_days      INT          NOT NULL,
  max_declines     INT          NOT NULL,
  source           VARCHAR(200) NOT NULL,
  chain_seq        BIGINT       NOT NULL DEFAULT 0,
  chain_hash       CHAR(64)     NOT NULL,
  created_at       DATETIME(3)  NOT NULL,
  CONSTRAINT fk_care_home_district FOREIGN KEY (district_code) REFERENCES org_unit (code),
  CONSTRAINT ck_care_home_rules CHECK (beds >= 0 AND min_care_level BETWEEN 0 AND 4 AND answer_days >= 1
    AND max_declines >= 1)
);

CREATE TABLE carehome_application (
  id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_no      VARCHAR(40)  NOT NULL,
  home_code           VARCHAR(20)  NOT NULL,
  district_code       VARCHAR(20)  NOT NULL,
  unit_code           VARCHAR(20)  NOT NULL,
  applicant_name      VARCHAR(100) NOT NULL,
  id_number_masked    VARCHAR(18)  NOT NULL,
  live_id_key         VARCHAR(64),
  birth_date          DATE         NOT NULL,
  tier_code           VARCHAR(20)  NOT NULL,
  status              VARCHAR(20)  NOT NULL,
  care_level          INT,
  assessment_opinion  VARCHAR(500),
  assessed_by         VARCHAR(64),
  assessed_at         DATETIME(3),
  submitted_by        VARCHAR(64)  NOT NULL,
  submitted_at        DATETIME(3)  NOT NULL,
  closed_at           DATETIME(3),
  CONSTRAINT uq_carehome_application_no UNIQUE (application_no),
  CONSTRAINT uq_carehome_application_live UNIQUE (live_id_key),
  CONSTRAINT fk_carehome_application_home FOREIGN KEY (home_code) REFERENCES care_home (code),
  CONSTRAINT fk_carehome_application_tier FOREIGN KEY (tier_code) REFERENCES carehome_priority_tier (code),
  CONSTRAINT ck_carehome_application_level CHECK (care_level IS NULL OR care_level BETWEEN 0 AND 4)
);
CREATE INDEX ix_carehome_application_home ON carehome_application (home_code, status);

CREATE TABLE carehome_queue_entry (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  home_code      VARCHAR(20) NOT NULL,
  application_id BIGINT      NOT NULL,
  application_no VARCHAR(40) NOT NULL,
  sort_key       VARCHAR(60) NOT NULL,
  status         VARCHAR(12) NOT NULL,
  passes         INT         NOT NULL DEFAULT 0,
  left_reason    VARCHAR(30),
  left_at        DATETIME(3),
  CONSTRAINT uq_carehome_entry_application UNIQUE (application_id),
  CONSTRAINT uq_carehome_entry_order UNIQUE (home_code, sort_key, application_no),
  CONSTRAINT fk_carehome_entry_home FOREIGN KEY (home_code) REFERENCES care_home (code),
  CONSTRAINT fk_carehome_entry_application FOREIGN KEY (application_id) REFERENCES carehome_application (id),
  CONSTRAINT ck_carehome_entry_status CHECK (status IN ('WAITING', 'ACCEPTED', 'SETTLED', 'REMOVED')),
  CONSTRAINT ck_carehome_entry_left CHECK ((status = 'REMOVED') = (left_reason IS NOT NULL))
);
CREATE INDEX ix_carehome_entry_queue ON carehome_queue_entry (home_code, status, sort_key, application_no);

-- A freed bed (床位释放) offered to the queue.
CREATE TABLE carehome_bed_release (
  id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  release_no  VARCHAR(40)  NOT NULL,
  home_code   VARCHAR(20)  NOT NULL,
  bed_label   VARCHAR(40)  NOT NULL,
  status      VARCHAR(12)  NOT NULL,
  released_by VARCHAR(64)  NOT NULL,
  released_at DATETIME(3)  NOT NULL,
  filled_at   DATETIME(3),
  CONSTRAINT uq_carehome_release_no UNIQUE (release_no),
  CONSTRAINT fk_carehome_release_home FOREIGN KEY (home_code) REFERENCES care_home (code),
  CONSTRAINT ck_carehome_release_status CHECK (status IN ('OPEN', 'TAKEN', 'FILLED'))
);
CREATE INDEX ix_carehome_release_home ON carehome_bed_release (home_code, status, id);

CREATE TABLE carehome_offer (
  id              BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  offer_no        VARCHAR(40) NOT NULL,
  home_code       VARCHAR(20) NOT NULL,
  release_id      BIGINT      NOT NULL,
  entry_id        BIGINT      NOT NULL,
  status          VARCHAR(20) NOT NULL,
  offered_at      DATETIME(3) NOT NULL,
  answer_deadline DATETIME(3) NOT NULL,
  answered_at     DATETIME(3),
  live_release_id BIGINT,
  live_entry_id   BIGINT,
  CONSTRAINT uq_carehome_offer_no UNIQUE (offer_no),
  CONSTRAINT uq_carehome_offer_live_release UNIQUE (live_release_id),
  CONSTRAINT uq_carehome_offer_live_entry UNIQUE (live_entry_id),
  CONSTRAINT uq_carehome_offer_once UNIQUE (release_id, entry_id),
  CONSTRAINT fk_carehome_offer_release FOREIGN KEY (release_id) REFERENCES carehome_bed_release (id),
  CONSTRAINT fk_carehome_offer_entry FOREIGN KEY (entry_id) REFERENCES carehome_queue_entry (id),
  CONSTRAINT ck_carehome_offer_status CHECK (status IN ('OFFERED', 'ACCEPTED', 'DECLINED', 'EXPIRED',
    'ADMISSION_FAILED', 'ADMITTED')),
  CONSTRAINT ck_carehome_offer_live CHECK (
    (status IN ('OFFERED', 'ACCEPTED') AND live_release_id = release_id AND live_entry_id = entry_id)
    OR (status NOT IN ('OFFERED', 'ACCEPTED') AND live_release_id IS NULL AND live_entry_id IS NULL))
);
CREATE INDEX ix_carehome_offer_entry ON carehome_offer (entry_id);

CREATE TABLE carehome_queue_event (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  home_code      VARCHAR(20) NOT NULL,
  seq            BIGINT      NOT NULL,
  occurred_at    DATETIME(3) NOT NULL,
  event_type     VARCHAR(24) NOT NULL,
  application_no VARCHAR(40),
  release_no     VARCHAR(40),
  offer_no       VARCHAR(40),
  detail         VARCHAR(200),
  actor          VARCHAR(64) NOT NULL,
  prev_hash      CHAR(64)    NOT NULL,
  hash           CHAR(64)    NOT NULL,
  CONSTRAINT uq_carehome_event_seq UNIQUE (home_code, seq),
  CONSTRAINT fk_carehome_event_home FOREIGN KEY (home_code) REFERENCES care_home (code)
);
