-- Issue 22: a person decides on failed credit checks (recognition and public fundraising),
-- public fundraising gets acceptance with a one-time supplement request, and trust filings a
-- second level (the reviewer proposes, the approver signs).

-- What the credit check found (which list, since when, the penalty) and the approver's decision
-- on it with the reasons.
ALTER TABLE charity_recognition ADD COLUMN credit_findings VARCHAR(500);
ALTER TABLE charity_recognition ADD COLUMN credit_decision VARCHAR(10);
ALTER TABLE charity_recognition ADD COLUMN credit_opinion VARCHAR(500);
ALTER TABLE charity_recognition ADD COLUMN credit_decided_by VARCHAR(64);

ALTER TABLE charity_fundraising ADD COLUMN supplement_requested BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE charity_fundraising ADD COLUMN missing_materials VARCHAR(500);
ALTER TABLE charity_fundraising ADD COLUMN supplement_note VARCHAR(500);
ALTER TABLE charity_fundraising ADD COLUMN accepted_on DATE;
ALTER TABLE charity_fundraising ADD COLUMN not_accepted_reason VARCHAR(500);
ALTER TABLE charity_fundraising ADD COLUMN credit_state VARCHAR(12);
ALTER TABLE charity_fundraising ADD COLUMN penalised BOOLEAN;
ALTER TABLE charity_fundraising ADD COLUMN credit_checked_at DATETIME(3);
ALTER TABLE charity_fundraising ADD COLUMN credit_findings VARCHAR(500);
ALTER TABLE charity_fundraising ADD COLUMN credit_decision VARCHAR(10);
ALTER TABLE charity_fundraising ADD COLUMN credit_opinion VARCHAR(500);
ALTER TABLE charity_fundraising ADD COLUMN credit_decided_by VARCHAR(64);
ALTER TABLE charity_fundraising ADD COLUMN reviewed_by VARCHAR(64);

-- Applications of the old one-level process were under review from submission.
UPDATE charity_fundraising SET status = 'REVIEW' WHERE status = 'SUBMITTED';

-- The reviewer's proposal; the approver's signature is what counts (decision_by, decision).
ALTER TABLE charity_trust_filing ADD COLUMN review_proposal VARCHAR(10);
ALTER TABLE charity_trust_filing ADD COLUMN proposed_materials VARCHAR(500);
ALTER TABLE charity_trust_filing ADD COLUMN decision VARCHAR(10);
ALTER TABLE charity_trust_filing ADD COLUMN decision_opinion VARCHAR(500);
ALTER TABLE charity_trust_filing ADD COLUMN decided_by VARCHAR(64);
