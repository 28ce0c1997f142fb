-- 深圳市体育局 was merged into 深圳市文化广电旅游体育局 (2019 institutional reform); the demo
-- supervisory unit SO-SU-0001 takes the current name.
UPDATE org_unit SET name = '深圳市文化广电旅游体育局（业务主管单位）' WHERE code = 'SO-SU-0001';
