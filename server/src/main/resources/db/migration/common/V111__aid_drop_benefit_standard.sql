-- The benefit standards live in aid_benefit_rate (V104) with their documents and four-eyes life; the old table
-- of two figures is read by nothing.
DROP TABLE aid_benefit_standard;
