-- Organisation units (city -> district -> street -> community) and the users who hold roles at them.
CREATE TABLE org_unit (
  code        VARCHAR(20)  NOT NULL PRIMARY KEY,
  name        VARCHAR(100) NOT NULL,
  level       VARCHAR(12)  NOT NULL,
  parent_code VARCHAR(20),
  sort_order  INT          NOT NULL DEFAULT 0
);
CREATE INDEX ix_org_unit_parent ON org_unit (parent_code);

CREATE TABLE app_user (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username        VARCHAR(64)  NOT NULL,
  display_name    VARCHAR(100) NOT NULL,
  password_hash   VARCHAR(200) NOT NULL,
  user_kind       VARCHAR(12)  NOT NULL DEFAULT 'STAFF',
  enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
  failed_attempts INT          NOT NULL DEFAULT 0,
  locked_until    DATETIME(3),
  created_at      DATETIME(3)  NOT NULL,
  CONSTRAINT uq_app_user_username UNIQUE (username)
);

CREATE TABLE user_role (
  user_id       BIGINT      NOT NULL,
  role          VARCHAR(20) NOT NULL,
  org_unit_code VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, role, org_unit_code),
  CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_user_role_org FOREIGN KEY (org_unit_code) REFERENCES org_unit (code)
);
