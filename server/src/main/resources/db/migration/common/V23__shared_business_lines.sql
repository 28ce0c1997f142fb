-- A role is held for one business line (业务条线) at one org unit: aid, socialorg, charity, lottery, cemetery.
-- '*' marks a line-less assignment, allowed only for administrators and auditors where the bureau works that way.
CREATE TABLE role_assignment (
  user_id       BIGINT      NOT NULL,
  business_line VARCHAR(12) NOT NULL,
  role          VARCHAR(20) NOT NULL,
  org_unit_code VARCHAR(20) NOT NULL,
  PRIMARY KEY (user_id, business_line, role, org_unit_code),
  CONSTRAINT fk_role_assignment_user FOREIGN KEY (user_id) REFERENCES app_user (id),
  CONSTRAINT fk_role_assignment_org FOREIGN KEY (org_unit_code) REFERENCES org_unit (code)
);
CREATE INDEX ix_role_assignment_unit ON role_assignment (org_unit_code, business_line, role);

-- Roles held before lines existed: external parties by their unit's prefix, administrators and auditors line-less,
-- every other staff role for 社会救助 (the first chain, which every staff account was made for). An administrator
-- assigns the other lines explicitly.
INSERT INTO role_assignment (user_id, business_line, role, org_unit_code)
SELECT user_id,
       CASE WHEN role IN ('ADMIN', 'AUDITOR') THEN '*'
            WHEN org_unit_code LIKE 'SO-%' THEN 'socialorg'
            WHEN org_unit_code LIKE 'CEM-%' THEN 'cemetery'
            WHEN org_unit_code LIKE 'CH-%' THEN 'charity'
            WHEN org_unit_code LIKE 'LT-%' THEN 'lottery'
            ELSE 'aid' END,
       role, org_unit_code
FROM user_role;

DROP TABLE user_role;

-- Open tasks carry their line, so dashboards and supervision read only the lines a supervisor holds.
ALTER TABLE work_item ADD COLUMN business_line VARCHAR(12);
UPDATE work_item SET business_line = CASE
  WHEN process_key LIKE 'Aid%' THEN 'aid'
  WHEN process_key LIKE 'SocialOrg%' THEN 'socialorg'
  WHEN process_key LIKE 'Charity%' THEN 'charity'
  WHEN process_key LIKE 'Lottery%' THEN 'lottery'
  WHEN process_key LIKE 'Cemetery%' THEN 'cemetery'
  ELSE 'aid' END;
CREATE INDEX ix_work_item_line_org_due ON work_item (business_line, org_unit_code, due_at);

-- Notices to a role at a unit are for one line's holders of that role.
ALTER TABLE notification ADD COLUMN business_line VARCHAR(12);
