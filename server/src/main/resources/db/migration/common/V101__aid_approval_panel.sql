-- An approving unit's panel for a benefit type: its members vote all-of (会签) or any-of (或签).
CREATE TABLE aid_approval_panel (
  id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  org_unit_code VARCHAR(20) NOT NULL,
  benefit_type  VARCHAR(12) NOT NULL,
  mode          VARCHAR(8)  NOT NULL,
  created_by    VARCHAR(64) NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  revoked_at    DATETIME(3),
  revoked_by    VARCHAR(64)
);
CREATE INDEX ix_aid_approval_panel_unit ON aid_approval_panel (org_unit_code, benefit_type);

CREATE TABLE aid_approval_panel_member (
  panel_id   BIGINT      NOT NULL,
  position   INT         NOT NULL,
  username   VARCHAR(64) NOT NULL,
  PRIMARY KEY (panel_id, position),
  CONSTRAINT fk_aid_panel_member FOREIGN KEY (panel_id) REFERENCES aid_approval_panel (id)
);
