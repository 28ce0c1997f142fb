-- Document numbers (文号) such as 深民慈〔2026〕3号: a yearly sequence per issuing unit and kind of
-- document, gap-free because a number is taken by updating its row under the row's lock in the same
-- transaction as the document it numbers (a rollback gives it back). Shared so that other chains can
-- adopt it; the charity chain uses it first.

-- The abbreviation each issuing unit puts first (深民 for the city bureau, 深福 for 福田区 ...): data,
-- so that a renamed unit changes a row and no code.
CREATE TABLE doc_number_issuer (
  unit_code    VARCHAR(20) NOT NULL PRIMARY KEY,
  abbreviation VARCHAR(10) NOT NULL
);

INSERT INTO doc_number_issuer (unit_code, abbreviation) VALUES
  ('440300', '深民'),
  ('440304', '深福'),
  ('440303', '深罗'),
  ('440305', '深南'),
  ('440308', '深盐'),
  ('440306', '深宝'),
  ('440307', '深龙'),
  ('440309', '深龙华'),
  ('440310', '深坪'),
  ('440311', '深光'),
  ('DAPENG', '深鹏');

-- The last number given, per unit, kind and year.
CREATE TABLE doc_number_sequence (
  unit_code VARCHAR(20) NOT NULL,
  kind      VARCHAR(20) NOT NULL,
  year_no   INT         NOT NULL,
  last_no   INT         NOT NULL,
  PRIMARY KEY (unit_code, kind, year_no)
);
