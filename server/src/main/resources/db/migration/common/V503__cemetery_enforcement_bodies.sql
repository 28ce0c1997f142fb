-- Joint enforcement by the bodies that act (issue 22): an unqualified cemetery is referred, per finding
-- type (the checklist item's category), to the body competent for it, one task each, and each body reports
-- back what it did. Finding types not listed here go to the district's 殡葬联合执法组 (cemetery_enforcement_unit,
-- civil affairs leading: 《殡葬管理条例》第十八条、第十九条).
CREATE TABLE cemetery_enforcement_route (
  category    VARCHAR(40)  NOT NULL PRIMARY KEY,
  body_kind   VARCHAR(20)  NOT NULL,
  legal_basis VARCHAR(300) NOT NULL
);
INSERT INTO cemetery_enforcement_route (category, body_kind, legal_basis) VALUES
  ('价格', 'MARKET', '《中华人民共和国价格法》第十三条、第三十三条；《明码标价和禁止价格欺诈规定》（国家市场监督管理总局令第56号）'),
  ('销售', 'MARKET', '《中华人民共和国消费者权益保护法》第五十六条；《殡葬管理条例》第二十二条（民政部门会同市场监管部门）'),
  ('用地', 'URBAN', '《中华人民共和国土地管理法》第七十七条；《深圳经济特区规划土地监察条例》（城市管理和综合执法部门）'),
  ('安全', 'STREET', '《中华人民共和国行政处罚法》第二十四条；《广东省人民政府关于乡镇街道综合行政执法的公告》（2020）');

-- The body of each kind: for MARKET and URBAN the district's bureau (scope = the district code), for STREET
-- the street office of the cemetery's area (scope = the cemetery's code). Each is an external party unit.
CREATE TABLE cemetery_enforcement_body (
  scope_code VARCHAR(20) NOT NULL,
  body_kind  VARCHAR(20) NOT NULL,
  unit_code  VARCHAR(20) NOT NULL,
  PRIMARY KEY (scope_code, body_kind),
  CONSTRAINT fk_cemetery_enforcement_body_unit FOREIGN KEY (unit_code) REFERENCES org_unit (code)
);

-- What an unqualified inspection was referred to, and what each body reported back.
CREATE TABLE cemetery_enforcement_referral (
  inspection_id BIGINT       NOT NULL,
  unit_code     VARCHAR(20)  NOT NULL,
  body_kind     VARCHAR(20)  NOT NULL,
  item_codes    VARCHAR(500) NOT NULL,
  referred_at   DATETIME(3)  NOT NULL,
  decision      VARCHAR(30),
  note          VARCHAR(500),
  reported_by   VARCHAR(64),
  reported_at   DATETIME(3),
  PRIMARY KEY (inspection_id, unit_code),
  CONSTRAINT fk_cemetery_enforcement_referral FOREIGN KEY (inspection_id) REFERENCES cemetery_inspection (id)
);
CREATE INDEX ix_cemetery_enforcement_referral_unit ON cemetery_enforcement_referral (unit_code, inspection_id);
