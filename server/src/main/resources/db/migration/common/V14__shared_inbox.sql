-- The inbox read model: one row per open user task, written in the engine's transaction by a task listener.
CREATE TABLE work_item (
  task_id               VARCHAR(64)  NOT NULL PRIMARY KEY,
  case_ref              VARCHAR(64)  NOT NULL,
  process_key           VARCHAR(100) NOT NULL,
  process_instance_id   VARCHAR(64)  NOT NULL,
  task_key              VARCHAR(100) NOT NULL,
  task_name             VARCHAR(100) NOT NULL,
  org_unit_code         VARCHAR(20)  NOT NULL,
  district_code         VARCHAR(20)  NOT NULL,
  candidate_groups      VARCHAR(500),
  assignee              VARCHAR(64),
  applicant_name        VARCHAR(100),
  applicant_name_masked VARCHAR(100),
  applicant_id_number   VARCHAR(18),
  created_at            DATETIME(3)  NOT NULL,
  due_at                DATETIME(3),
  escalated_at          DATETIME(3)
);
CREATE INDEX ix_work_item_org_due ON work_item (org_unit_code, due_at);
CREATE INDEX ix_work_item_district_due ON work_item (district_code, due_at);
CREATE INDEX ix_work_item_assignee ON work_item (assignee, due_at);
CREATE INDEX ix_work_item_case ON work_item (case_ref);
CREATE INDEX ix_work_item_pi ON work_item (process_instance_id);
CREATE INDEX ix_work_item_name ON work_item (applicant_name);
CREATE INDEX ix_work_item_idno ON work_item (applicant_id_number);

-- Candidate groups of each open task, one row each, so inbox queries use an index.
CREATE TABLE work_item_group (
  task_id  VARCHAR(64)  NOT NULL,
  group_id VARCHAR(100) NOT NULL,
  PRIMARY KEY (task_id, group_id)
);
CREATE INDEX ix_work_item_group_group ON work_item_group (group_id, task_id);

-- Notices to staff (e.g. overdue escalations for supervisors), addressed to a role at an org unit.
CREATE TABLE notification (
  id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind          VARCHAR(30)   NOT NULL,
  role          VARCHAR(20)   NOT NULL,
  org_unit_code VARCHAR(20)   NOT NULL,
  case_ref      VARCHAR(64),
  task_id       VARCHAR(64),
  message       VARCHAR(500)  NOT NULL,
  created_at    DATETIME(3)   NOT NULL,
  read_at       DATETIME(3),
  read_by       VARCHAR(64)
);
CREATE INDEX ix_notification_recipient ON notification (org_unit_code, role, created_at);

-- What staff entered when completing a task (opinion, missing-material list, findings), as JSON.
CREATE TABLE task_record (
  id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_ref      VARCHAR(64)  NOT NULL,
  task_id       VARCHAR(64)  NOT NULL,
  task_key      VARCHAR(100) NOT NULL,
  task_name     VARCHAR(100) NOT NULL,
  actor         VARCHAR(64)  NOT NULL,
  actor_role    VARCHAR(20)  NOT NULL,
  org_unit_code VARCHAR(20)  NOT NULL,
  decision      VARCHAR(40),
  data          TEXT         NOT NULL,
  completed_at  DATETIME(3)  NOT NULL
);
CREATE INDEX ix_task_record_case ON task_record (case_ref, id);
