-- The self-inspection report states the highest price actually charged, checked against the price catalogue.
ALTER TABLE cemetery_self_report ADD COLUMN highest_price_charged_yuan DECIMAL(12,2);
