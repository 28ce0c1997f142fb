-- The workbench: scanned material attached to a case (checked by content, size-limited), and 已办 by user.
CREATE TABLE case_attachment (
  id                BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  case_ref          VARCHAR(64)  NOT NULL,
  file_name         VARCHAR(200) NOT NULL,
  content_type      VARCHAR(50)  NOT NULL,
  size_bytes        BIGINT       NOT NULL,
  sha256            CHAR(64)     NOT NULL,
  content           LONGBLOB     NOT NULL,
  uploaded_by       VARCHAR(64)  NOT NULL,
  uploaded_org_unit VARCHAR(20)  NOT NULL,
  uploaded_at       DATETIME(3)  NOT NULL
);
CREATE INDEX ix_case_attachment_case ON case_attachment (case_ref, id);
CREATE INDEX ix_task_record_actor ON task_record (actor, id);
