-- Divisions (内设机构: 处, 科, 局, 中心) that do a business line's work at a unit. Presentation data only: candidate
-- groups and access stay line × role × unit, since line × unit already names the division. A row names either a
-- unit level (every unit of that level) or one unit (which wins over its level, e.g. a district whose social
-- organisations are run by a 社会组织管理局 rather than a 科). Sources and what is uncertain: docs/architecture.md.
CREATE TABLE org_division (
  business_line VARCHAR(12)  NOT NULL,
  unit_key      VARCHAR(20)  NOT NULL,
  name_zh       VARCHAR(64)  NOT NULL,
  name_en       VARCHAR(128) NOT NULL,
  PRIMARY KEY (business_line, unit_key)
);

-- unit_key: a level (CITY, DISTRICT) or an org unit code
INSERT INTO org_division (business_line, unit_key, name_zh, name_en) VALUES
  ('aid',       'CITY',     '社会救助处',               'Social Assistance Division'),
  ('aid',       'DISTRICT', '社会救助科',               'Social Assistance Section'),
  ('socialorg', 'CITY',     '社会组织管理局',           'Social Organisation Administration'),
  ('socialorg', 'DISTRICT', '社会组织管理科',           'Social Organisation Section'),
  ('charity',   'CITY',     '慈善事业促进和社会工作处', 'Charity Promotion and Social Work Division'),
  ('lottery',   'CITY',     '市福利彩票发行中心',       'City Welfare Lottery Issuing Centre'),
  ('cemetery',  'CITY',     '社会事务处',               'Social Affairs Division'),
  ('cemetery',  'DISTRICT', '社会事务科',               'Social Affairs Section');
