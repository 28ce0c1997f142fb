-- Demo and test master data: the operators and joint-enforcement units as external parties (level EXTERNAL,
-- parent = the district bureau they answer to), eight commercial cemeteries in 盐田区, 福田区 and 南山区 (fictitious
-- names; operator USCCs carry valid GB 32100 check characters), their price catalogues, and the checklist of
-- DOMAIN.md §5 as version 1.
INSERT INTO org_unit (code, name, level, parent_code, sort_order) VALUES
  ('CEM-OP-0001', '深圳市海景陵园管理有限公司', 'EXTERNAL', '440308', 501),
  ('CEM-OP-0002', '深圳市梅沙福寿园经营有限公司', 'EXTERNAL', '440308', 502),
  ('CEM-OP-0003', '深圳市沙头角安息园有限公司', 'EXTERNAL', '440308', 503),
  ('CEM-OP-0004', '深圳市莲花纪念园管理有限公司', 'EXTERNAL', '440304', 504),
  ('CEM-OP-0005', '深圳市南园福荫园有限公司', 'EXTERNAL', '440304', 505),
  ('CEM-OP-0006', '深圳市园岭思源园经营有限公司', 'EXTERNAL', '440304', 506),
  ('CEM-OP-0007', '深圳市南山松风园管理有限公司', 'EXTERNAL', '440305', 507),
  ('CEM-OP-0008', '深圳市沙河福泽园有限公司', 'EXTERNAL', '440305', 508),
  ('CEM-EN-440308', '盐田区殡葬联合执法组', 'EXTERNAL', '440308', 551),
  ('CEM-EN-440304', '福田区殡葬联合执法组', 'EXTERNAL', '440304', 552),
  ('CEM-EN-440305', '南山区殡葬联合执法组', 'EXTERNAL', '440305', 553);

INSERT INTO cemetery_enforcement_unit (district_code, unit_code) VALUES
  ('440308', 'CEM-EN-440308'),
  ('440304', 'CEM-EN-440304'),
  ('440305', 'CEM-EN-440305');

INSERT INTO cemetery (code, name, district_code, address, operator_name, operator_uscc, operator_unit_code,
    land_area_sqm, approved_plots, licence_no, licence_valid_until, commercial, updated_at) VALUES
  ('CEM-440308-01', '海景纪念园', '440308', '盐田区盐田街道海景路 18 号', '深圳市海景陵园管理有限公司',
    '91440300MA5D1YT019', 'CEM-OP-0001', 86000.00, 12000, '深民殡证〔2019〕01号', '2029-06-30', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440308-02', '梅沙福寿园', '440308', '盐田区梅沙街道福寿路 6 号', '深圳市梅沙福寿园经营有限公司',
    '91440300MA5D1YT02C', 'CEM-OP-0002', 54000.00, 8000, '深民殡证〔2020〕03号', '2030-03-31', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440308-03', '沙头角安息园', '440308', '盐田区沙头角街道安息路 2 号', '深圳市沙头角安息园有限公司',
    '91440300MA5D1YT03F', 'CEM-OP-0003', 31000.00, 5000, '深民殡证〔2018〕07号', '2026-12-31', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440304-01', '莲花纪念园', '440304', '福田区园岭街道莲花路 88 号', '深圳市莲花纪念园管理有限公司',
    '91440300MA5D1FT046', 'CEM-OP-0004', 42000.00, 6500, '深民殡证〔2021〕02号', '2031-05-31', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440304-02', '南园福荫园', '440304', '福田区南园街道福荫路 9 号', '深圳市南园福荫园有限公司',
    '91440300MA5D1FT059', 'CEM-OP-0005', 23000.00, 3600, '深民殡证〔2017〕05号', '2027-09-30', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440304-03', '园岭思源园', '440304', '福田区园岭街道思源路 3 号', '深圳市园岭思源园经营有限公司',
    '91440300MA5D1FT06C', 'CEM-OP-0006', 18000.00, 2800, '深民殡证〔2022〕04号', '2032-01-31', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440305-01', '松风纪念园', '440305', '南山区南头街道松风路 1 号', '深圳市南山松风园管理有限公司',
    '91440300MA5D1NP071', 'CEM-OP-0007', 27000.00, 4200, '深民殡证〔2020〕06号', '2030-08-31', TRUE, '2026-01-05 09:00:00'),
  ('CEM-440305-02', '沙河福泽园', '440305', '南山区沙河街道福泽路 5 号', '深圳市沙河福泽园有限公司',
    '91440300MA5D1NP084', 'CEM-OP-0008', 15000.00, 2300, '深民殡证〔2019〕08号', '2029-11-30', TRUE, '2026-01-05 09:00:00');

INSERT INTO cemetery_price_item (cemetery_id, item_code, seq, name, tier, unit, price_yuan)
SELECT c.id, p.item_code, p.seq, p.name, p.tier, p.unit, p.price_yuan
FROM cemetery c CROSS JOIN (
  SELECT 'PLOT_STANDARD' AS item_code, 1 AS seq, '骨灰墓穴（标准穴，≤1㎡）' AS name, '普通' AS tier, '穴' AS unit, 38000.00 AS price_yuan
  UNION ALL SELECT 'PLOT_SMALL', 2, '骨灰墓穴（小型穴，≤0.5㎡）', '经济', '穴', 18000.00
  UNION ALL SELECT 'ECO_TREE', 3, '树葬', '生态', '位', 6000.00
  UNION ALL SELECT 'ECO_WALL', 4, '壁葬（骨灰格位）', '生态', '格', 8000.00
  UNION ALL SELECT 'MAINTENANCE_20Y', 5, '墓穴维护管理费（20 年）', '统一', '穴', 3000.00
) p;

INSERT INTO cemetery_checklist_version (version_no, title, published_by, published_at) VALUES
  (1, '经营性公墓年检检查表（2026 版）', 'system', '2026-01-05 09:00:00');

INSERT INTO cemetery_checklist_item (version_id, item_code, seq, category, item_text)
SELECT v.id, i.item_code, i.seq, i.category, i.item_text FROM cemetery_checklist_version v CROSS JOIN (
  SELECT 'LICENCE_VALID' AS item_code, 1 AS seq, '证照' AS category, '公墓经营许可等证照齐全且在有效期内' AS item_text
  UNION ALL SELECT 'WITHIN_APPROVED_LAND', 2, '用地', '在批准用地范围内建设经营，无超范围占地'
  UNION ALL SELECT 'PLOT_SIZE', 3, '墓穴', '单个骨灰墓穴占地面积不超过 1 平方米'
  UNION ALL SELECT 'NO_PRE_SALE', 4, '销售', '无预售墓穴、无炒买炒卖墓穴'
  UNION ALL SELECT 'PRICE_DISCLOSURE', 5, '价格', '价格公示，明码标价，实行分档定价，收费不超出价格目录'
  UNION ALL SELECT 'SALES_LEDGER', 6, '台账', '销售台账与安葬记录完整，凭火化证明安葬'
  UNION ALL SELECT 'MAINTENANCE_FEES', 7, '价格', '维护管理费按规定标准和年限收取'
  UNION ALL SELECT 'ECO_BURIAL', 8, '生态', '节地生态安葬比例达到要求'
  UNION ALL SELECT 'ARCHIVES', 9, '档案', '档案管理规范、保存完整'
  UNION ALL SELECT 'SAFETY_PEAK_PLAN', 10, '安全', '有安全生产制度及清明、重阳祭扫高峰应急预案'
) i WHERE v.version_no = 1;
