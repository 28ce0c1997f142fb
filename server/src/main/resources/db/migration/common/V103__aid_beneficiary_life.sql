-- The life of a beneficiary after approval (shared by the amounts, the payment roster, the periodic review):
-- household_income_fen  the household's monthly income the top-up (补差) is computed from, in fen; a review
--                        that adjusts the benefit writes the new figure here
-- support_mode          特困 only: CENTRALISED (集中供养, in an institution) or DISPERSED (分散供养, at home)
-- payment_end           first day of the last month paid; NULL while payment runs on (a stop, or the end of a
--                        phase-out 渐退, sets it)
-- next_review_date      when the periodic review (动态管理) is due
-- ended_reason          why payment ends: PHASED_OUT, TERMINATED
ALTER TABLE aid_beneficiary ADD COLUMN household_income_fen BIGINT;
ALTER TABLE aid_beneficiary ADD COLUMN support_mode VARCHAR(20);
ALTER TABLE aid_beneficiary ADD COLUMN payment_end DATE;
ALTER TABLE aid_beneficiary ADD COLUMN next_review_date DATE;
ALTER TABLE aid_beneficiary ADD COLUMN ended_reason VARCHAR(30);
CREATE INDEX ix_aid_beneficiary_review ON aid_beneficiary (status, next_review_date);
