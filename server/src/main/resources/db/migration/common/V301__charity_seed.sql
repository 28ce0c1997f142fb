-- Trustees of charitable trusts as external parties (level EXTERNAL, parent = the city bureau they file
-- with; fictitious names, USCCs with valid GB 32100 check characters), and one charity registered as such
-- in 2017 so that a public-fundraising application has someone to apply. CH-TR-0004 is the tests' own.
INSERT INTO org_unit (code, name, level, parent_code, sort_order) VALUES
  ('CH-TR-0001', '深圳市鹏城慈善会（受托人）', 'EXTERNAL', '440300', 301),
  ('CH-TR-0002', '深圳前湾信托有限公司（受托人）', 'EXTERNAL', '440300', 302),
  ('CH-TR-0003', '深圳市南山公益基金会（受托人）', 'EXTERNAL', '440300', 303),
  ('CH-TR-0004', '深圳市海滨慈善基金会（受托人）', 'EXTERNAL', '440300', 304);

INSERT INTO charity_trustee (unit_code, name, uscc, trustee_type) VALUES
  ('CH-TR-0001', '深圳市鹏城慈善会', '53440300MJL600010C', 'CHARITY'),
  ('CH-TR-0002', '深圳前湾信托有限公司', '91440300MA5CH00016', 'TRUST_COMPANY'),
  ('CH-TR-0003', '深圳市南山公益基金会', '53440300MJL600020D', 'CHARITY'),
  ('CH-TR-0004', '深圳市海滨慈善基金会', '53440300MJL600030E', 'CHARITY');

INSERT INTO charity_organisation (uscc, name, registrar_code, source, charity_since, certificate_no, created_at) VALUES
  ('53440300MJL600010C', '深圳市鹏城慈善会', '440300', 'REGISTERED', '2017-06-01', '深民慈登〔2017〕1号', CURRENT_TIMESTAMP(3));
