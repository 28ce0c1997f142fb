-- What the economic check found, kept in our tables (never in engine variables): the first answer of a case
-- (a late answer to an earlier attempt is accepted once; later ones are ignored), and each item compared with
-- its limit.
CREATE TABLE aid_economic_answer (
  application_id BIGINT       NOT NULL PRIMARY KEY,
  request_id     VARCHAR(100) NOT NULL,
  outcome        VARCHAR(30)  NOT NULL,
  received_at    DATETIME(3)  NOT NULL
);

-- item: INCOME_PER_HEAD (fen a month, household average), VEHICLES, PROPERTIES, COMPANY_SHARES (counts)
CREATE TABLE aid_economic_finding (
  id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT      NOT NULL,
  item           VARCHAR(30) NOT NULL,
  found_value    BIGINT      NOT NULL,
  limit_value    BIGINT      NOT NULL,
  over_limit     BOOLEAN     NOT NULL
);
CREATE INDEX ix_aid_economic_finding_application ON aid_economic_finding (application_id);

-- The street reviewer's 拟不予 review of a check over the limit: confirmed, or corrected with a reason.
CREATE TABLE aid_economic_review (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT       NOT NULL,
  decision       VARCHAR(20)  NOT NULL,
  reason         VARCHAR(500),
  decided_by     VARCHAR(64)  NOT NULL,
  org_unit_code  VARCHAR(20)  NOT NULL,
  decided_at     DATETIME(3)  NOT NULL
);
CREATE INDEX ix_aid_economic_review_application ON aid_economic_review (application_id);

-- The total limit's reminders and its breach escalation, each sent once per deadline (the one extension moves the
-- deadline, and brings reminders of its own). kind: REMINDER_<working days before>, BREACH.
CREATE TABLE aid_total_limit_alarm (
  application_id BIGINT      NOT NULL,
  deadline_date  DATE        NOT NULL,
  kind           VARCHAR(20) NOT NULL,
  sent_at        DATETIME(3) NOT NULL,
  CONSTRAINT pk_aid_total_limit_alarm PRIMARY KEY (application_id, deadline_date, kind)
);

-- The home-investigation record (入户调查): two investigators (two staff of the street by username, or a contracted
-- organisation with its two workers by name), the visit date, the household's situation, the neighbours visited and
-- the photos (attachments of the case). A new investigation (after a return) replaces the record; the audit trail
-- keeps each one.
CREATE TABLE aid_home_investigation (
  application_id    BIGINT        NOT NULL PRIMARY KEY,
  investigator_kind VARCHAR(20)   NOT NULL,
  investigator_1    VARCHAR(100)  NOT NULL,
  investigator_2    VARCHAR(100)  NOT NULL,
  organisation      VARCHAR(200),
  visited_on        DATE          NOT NULL,
  housing           VARCHAR(500)  NOT NULL,
  income_sources    VARCHAR(500)  NOT NULL,
  health            VARCHAR(500)  NOT NULL,
  notes             VARCHAR(1000),
  recorded_by       VARCHAR(64)   NOT NULL,
  recorded_at       DATETIME(3)   NOT NULL
);

CREATE TABLE aid_investigation_neighbour (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id BIGINT       NOT NULL,
  name           VARCHAR(100) NOT NULL,
  relation       VARCHAR(100) NOT NULL,
  statement      VARCHAR(500) NOT NULL
);
CREATE INDEX ix_aid_investigation_neighbour_application ON aid_investigation_neighbour (application_id);

CREATE TABLE aid_investigation_photo (
  application_id BIGINT NOT NULL,
  attachment_id  BIGINT NOT NULL,
  CONSTRAINT pk_aid_investigation_photo PRIMARY KEY (application_id, attachment_id)
);
