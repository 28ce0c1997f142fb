-- External parties of the social-organisation chains (OrgLevel EXTERNAL; parent = the bureau they
-- answer to), the forbidden words of the name check and the required clauses of the model charter.
INSERT INTO org_unit (code, name, level, parent_code, sort_order) VALUES
  ('SO-SU-0001', '深圳市体育局（业务主管单位）', 'EXTERNAL', '440300', 1),
  ('SO-SU-0002', '深圳市科学技术协会（业务主管单位）', 'EXTERNAL', '440300', 2),
  ('SO-SU-0003', '盐田区教育局（业务主管单位）', 'EXTERNAL', '440308', 3),
  ('SO-AF-0001', '深圳鹏城会计师事务所（第三方）', 'EXTERNAL', '440300', 4),
  ('SO-AF-0002', '盐田海港会计师事务所（第三方）', 'EXTERNAL', '440308', 5);

INSERT INTO so_forbidden_word (word, note) VALUES
  ('中国', '冠名须经批准，地方社会组织不得使用'),
  ('中华', '冠名须经批准，地方社会组织不得使用'),
  ('全国', '地方社会组织不得使用'),
  ('国家', '地方社会组织不得使用'),
  ('国际', '须经批准'),
  ('党', '不得使用党的名称'),
  ('政府', '不得使用国家机关名称'),
  ('军', '不得使用军队名称'),
  ('警', '不得使用警察名称'),
  ('法西斯', '违背社会公德'),
  ('赌', '违背社会公德');

INSERT INTO so_charter_clause (code, title, keyword, sort_order) VALUES
  ('NAME_DOMICILE', '名称、住所', '住所', 1),
  ('PURPOSE', '宗旨和业务范围', '宗旨', 2),
  ('PARTY', '党的建设', '党', 3),
  ('MEMBERS', '会员或举办者的权利义务', '权利', 4),
  ('ORGANS', '组织机构和负责人产生、罢免程序', '负责人', 5),
  ('ASSETS', '资产管理和使用原则', '资产', 6),
  ('AMENDMENT', '章程修改程序', '章程修改', 7),
  ('TERMINATION', '终止程序和终止后资产处理', '终止', 8);
