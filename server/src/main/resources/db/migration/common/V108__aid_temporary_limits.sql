-- 临时救助 limits and 支出型 tiers for every district (the same starting figures; each district's administrator
-- changes its own rows), and an empty reserve fund for every street.
INSERT INTO aid_temporary_limit (district_code, advance_limit_fen, street_approval_limit_fen, notice_threshold_fen,
                                 expenditure_cap_fen, document_no)
SELECT code, 500000, 1000000, 100000, 3000000, '深民规〔2026〕临时救助试行' FROM org_unit WHERE level = 'DISTRICT';

INSERT INTO aid_temporary_tier (district_code, min_shortfall_fen, max_shortfall_fen, rate_basis_points, label)
SELECT code, 0, 1000000, 5000, '缺口 1 万元以下：50%' FROM org_unit WHERE level = 'DISTRICT';
INSERT INTO aid_temporary_tier (district_code, min_shortfall_fen, max_shortfall_fen, rate_basis_points, label)
SELECT code, 1000000, 3000000, 6000, '缺口 1 万至 3 万元：60%' FROM org_unit WHERE level = 'DISTRICT';
INSERT INTO aid_temporary_tier (district_code, min_shortfall_fen, max_shortfall_fen, rate_basis_points, label)
SELECT code, 3000000, NULL, 7000, '缺口 3 万元以上：70%' FROM org_unit WHERE level = 'DISTRICT';

INSERT INTO aid_reserve_fund (street_code, district_code, balance_fen)
SELECT code, parent_code, 0 FROM org_unit WHERE level = 'STREET';
