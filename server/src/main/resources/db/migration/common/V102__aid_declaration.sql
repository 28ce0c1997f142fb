-- The household's own declaration of income and assets (申请人承诺书 with 收入、财产申报), in fen and counts.
ALTER TABLE aid_application ADD COLUMN declared_income_fen BIGINT;
ALTER TABLE aid_application ADD COLUMN declared_assets_fen BIGINT;
ALTER TABLE aid_application ADD COLUMN declared_vehicles INT;
ALTER TABLE aid_application ADD COLUMN declared_properties INT;
ALTER TABLE aid_application ADD COLUMN declaration_signed BOOLEAN;
