-- Social-organisation registration, issue 22.
-- 1. Associations register in two stages (《社会团体登记管理条例》第十二条 准予筹备, 第十四条 6-month
--    preparation period, 第十五条 成立登记): the preparation decision and the establishment
--    application are recorded on the registration.
ALTER TABLE so_registration ADD COLUMN org_scope VARCHAR(16) NOT NULL DEFAULT 'LOCAL';
ALTER TABLE so_registration ADD COLUMN public_fundraising BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE so_registration ADD COLUMN preparation_decision VARCHAR(12);
ALTER TABLE so_registration ADD COLUMN preparation_opinion VARCHAR(500);
ALTER TABLE so_registration ADD COLUMN preparation_decided_by VARCHAR(64);
ALTER TABLE so_registration ADD COLUMN preparation_decided_at DATETIME(3);
ALTER TABLE so_registration ADD COLUMN preparation_expires_on DATE;
ALTER TABLE so_registration ADD COLUMN establishment_applied_at DATETIME(3);
ALTER TABLE so_registration ADD COLUMN founding_meeting_on DATE;
ALTER TABLE so_registration ADD COLUMN founding_meeting_kind VARCHAR(24);
ALTER TABLE so_registration ADD COLUMN individual_members INT;
ALTER TABLE so_registration ADD COLUMN unit_members INT;

-- 2. Minimum funds by type and scope, with their legal term and source. Data, not code:
--    a change of the rules is a new migration or an administrator's update.
CREATE TABLE so_funds_minimum (
  org_type            VARCHAR(16)   NOT NULL,
  org_scope           VARCHAR(16)   NOT NULL,
  public_fundraising  BOOLEAN       NOT NULL,
  minimum_yuan        DECIMAL(16,2) NOT NULL,
  funds_term          VARCHAR(16)   NOT NULL,
  source              VARCHAR(300)  NOT NULL,
  PRIMARY KEY (org_type, org_scope, public_fundraising)
);
INSERT INTO so_funds_minimum (org_type, org_scope, public_fundraising, minimum_yuan, funds_term, source) VALUES
  ('ASSOCIATION', 'NATIONAL', FALSE, 100000.00, '活动资金', '《社会团体登记管理条例》第十条第一款第五项：全国性的社会团体有10万元以上活动资金'),
  ('ASSOCIATION', 'LOCAL', FALSE, 30000.00, '活动资金', '《社会团体登记管理条例》第十条第一款第五项：地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金'),
  ('FOUNDATION', 'NATIONAL', TRUE, 8000000.00, '原始基金', '《基金会管理条例》第八条第二项：全国性公募基金会原始基金不低于800万元（2016年《慈善法》后对应具有公开募捐资格，属解释）'),
  ('FOUNDATION', 'LOCAL', TRUE, 4000000.00, '原始基金', '《基金会管理条例》第八条第二项：地方性公募基金会原始基金不低于400万元（2016年《慈善法》后对应具有公开募捐资格，属解释）'),
  ('FOUNDATION', 'NATIONAL', FALSE, 2000000.00, '原始基金', '《基金会管理条例》第八条第二项：非公募基金会原始基金不低于200万元'),
  ('FOUNDATION', 'LOCAL', FALSE, 2000000.00, '原始基金', '《基金会管理条例》第八条第二项：非公募基金会原始基金不低于200万元'),
  ('SOCIAL_SERVICE', 'NATIONAL', FALSE, 30000.00, '开办资金', '《民办非企业单位登记管理暂行条例》第八条只要求与业务活动相适应的合法财产，无全国统一下限；3万元为地方登记实践，未经核实'),
  ('SOCIAL_SERVICE', 'LOCAL', FALSE, 30000.00, '开办资金', '《民办非企业单位登记管理暂行条例》第八条只要求与业务活动相适应的合法财产，无全国统一下限；3万元为地方登记实践，未经核实');

-- 3. The name check matches whole terms, not single characters: 党/军/警 refused
--    拥军优属促进会, 退役军人…, 警察协会. Source: 《社会组织名称管理办法》(民政部, 2024) — names may
--    not contain the names of the Party, state organs or the armed forces; the exact list below
--    is ours, not the measure's text.
DELETE FROM so_forbidden_word WHERE word IN ('党', '军', '警');
INSERT INTO so_forbidden_word (word, note) VALUES
  ('共产党', '不得使用政党名称'),
  ('党中央', '不得使用党的机关名称'),
  ('党委', '不得使用党的机关名称'),
  ('解放军', '不得使用军队名称'),
  ('军队', '不得使用军队名称'),
  ('部队', '不得使用军队番号或者部队名称'),
  ('军区', '不得使用军队名称'),
  ('武警', '不得使用武装警察部队名称'),
  ('武装警察', '不得使用武装警察部队名称'),
  ('公安', '不得使用国家机关名称');

-- Legitimate compounds that contain a forbidden term: an occurrence of the term inside one of
-- these is not a use of the term.
CREATE TABLE so_name_allowed_term (
  term VARCHAR(50)  NOT NULL PRIMARY KEY,
  note VARCHAR(200) NOT NULL
);
INSERT INTO so_name_allowed_term (term, note) VALUES
  ('国际象棋', '棋类项目名称，含“国际”不是国际冠名'),
  ('国际跳棋', '棋类项目名称，含“国际”不是国际冠名'),
  ('戒赌', '戒除赌博的互助服务'),
  ('军队离退休干部', '服务对象名称（退役军人事务部门主管）');
