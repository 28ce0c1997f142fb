-- 养老服务 (elderly services): the divisions doing the line's work, 深圳市民政局 养老服务处 at the city and a district
-- bureau's 养老服务科 (presentation only, as for the other lines).
INSERT INTO org_division (business_line, unit_key, name_zh, name_en) VALUES
  ('elderly', 'CITY',     '养老服务处', 'Elderly Services Division'),
  ('elderly', 'DISTRICT', '养老服务科', 'Elderly Services Section');
