-- 后加签: users added to sign a task after its handler; the task goes on only when each has signed.
CREATE TABLE task_cosigner (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  task_id   VARCHAR(64)  NOT NULL,
  username  VARCHAR(64)  NOT NULL,
  added_by  VARCHAR(64)  NOT NULL,
  reason    VARCHAR(500) NOT NULL,
  added_at  DATETIME(3)  NOT NULL,
  signed_at DATETIME(3)
);
CREATE INDEX ix_task_cosigner_task ON task_cosigner (task_id, signed_at);
