-- Chinese approval operations: notices to one user, copies (抄送), reminders (催办, once per working day).
ALTER TABLE notification ADD COLUMN username VARCHAR(64);
CREATE INDEX ix_notification_username ON notification (username, created_at);

CREATE TABLE case_copy (
  id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_ref   VARCHAR(64)  NOT NULL,
  recipient  VARCHAR(64)  NOT NULL,
  sent_by    VARCHAR(64)  NOT NULL,
  reason     VARCHAR(500) NOT NULL,
  sent_at    DATETIME(3)  NOT NULL,
  read_at    DATETIME(3)
);
CREATE INDEX ix_case_copy_recipient ON case_copy (recipient, sent_at);

CREATE TABLE task_reminder (
  task_id     VARCHAR(64)  NOT NULL,
  working_day DATE         NOT NULL,
  case_ref    VARCHAR(64)  NOT NULL,
  sent_by     VARCHAR(64)  NOT NULL,
  reason      VARCHAR(500) NOT NULL,
  sent_at     DATETIME(3)  NOT NULL,
  PRIMARY KEY (task_id, working_day)
);
