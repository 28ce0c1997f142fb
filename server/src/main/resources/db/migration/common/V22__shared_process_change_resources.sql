-- The forms (form-js JSON) and decisions (DMN) a process owner edited travel with the change: stored with it,
-- shown in the review, deployed with the version when a second owner approves.
CREATE TABLE process_change_resource (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  change_id      BIGINT       NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  name           VARCHAR(100) NOT NULL,
  content        LONGTEXT     NOT NULL,
  content_sha256 CHAR(64)     NOT NULL,
  CONSTRAINT fk_process_change_resource FOREIGN KEY (change_id) REFERENCES process_change (id)
);
CREATE UNIQUE INDEX ux_process_change_resource ON process_change_resource (change_id, kind, name);
