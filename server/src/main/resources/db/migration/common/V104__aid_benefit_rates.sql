-- Benefit amounts as data (the amounts of the issue "the right amount"): every figure the calculator uses, with
-- the month it takes effect, the document that set it and its four-eyes life. Replaces aid_benefit_standard.
-- kind            DIBAO_STANDARD (低保标准, fen per person per month), TEKUN_BASIC (特困基本生活供养金, fen per
--                 person per month), SUPPLEMENT_ELDERLY / SUPPLEMENT_MINOR / SUPPLEMENT_SEVERE_DISABILITY /
--                 SUPPLEMENT_SERIOUS_ILLNESS (生活扶助金 as basis points of the 低保 standard), CARE_FULL_SELF_CARE /
--                 CARE_PARTIAL_SELF_CARE / CARE_FULL_CARE (特困照料护理金, fen per person per month)
-- amount_fen      the amount kinds' figure; basis_points the supplements' (exactly one of them is set)
-- effective_from  the first day of the month it applies from
-- status          PROPOSED → IN_FORCE (a second administrator approved) or REJECTED; a rate in force is never
--                 edited or deleted, only superseded by one with a later effective date
-- in_force_key    kind|effective_from while IN_FORCE, else NULL: at most one rate in force per kind and month
CREATE TABLE aid_benefit_rate (
  id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind             VARCHAR(40)  NOT NULL,
  effective_from   DATE         NOT NULL,
  amount_fen       BIGINT,
  basis_points     INT,
  document_no      VARCHAR(100) NOT NULL,
  document_title   VARCHAR(300) NOT NULL,
  status           VARCHAR(20)  NOT NULL,
  proposed_by      VARCHAR(64)  NOT NULL,
  proposed_at      DATETIME(3)  NOT NULL,
  approved_by      VARCHAR(64),
  approved_at      DATETIME(3),
  rejected_by      VARCHAR(64),
  rejected_at      DATETIME(3),
  rejection_reason VARCHAR(500),
  in_force_key     VARCHAR(60),
  CONSTRAINT uq_aid_benefit_rate_in_force UNIQUE (in_force_key)
);
CREATE INDEX ix_aid_benefit_rate_kind ON aid_benefit_rate (kind, status, effective_from);

-- The 2022 figures (低保 ¥1,365, 特困 basic support ¥2,048 per person per month) as our sources give them; the
-- sources name no document number, so none is invented. Supplement shares and care allowances have no figure in
-- our sources: they come only as demo data (AidRateDemoData), marked as such.
INSERT INTO aid_benefit_rate (kind, effective_from, amount_fen, document_no, document_title, status, proposed_by,
  proposed_at, approved_by, approved_at, in_force_key)
VALUES ('DIBAO_STANDARD', '2022-01-01', 136500, '（资料未载文号）',
  '深圳市最低生活保障标准 2022 年起每人每月 1365 元（据《深圳市民政事业发展"十四五"规划》及 2022 年深圳民政工作报道）',
  'IN_FORCE', 'system', CURRENT_TIMESTAMP(3), 'system', CURRENT_TIMESTAMP(3), 'DIBAO_STANDARD|2022-01-01');
INSERT INTO aid_benefit_rate (kind, effective_from, amount_fen, document_no, document_title, status, proposed_by,
  proposed_at, approved_by, approved_at, in_force_key)
VALUES ('TEKUN_BASIC', '2022-01-01', 204800, '（资料未载文号）',
  '深圳市特困人员基本生活供养标准 2022 年起每人每月 2048 元（据《深圳市民政事业发展"十四五"规划》及 2022 年深圳民政工作报道）',
  'IN_FORCE', 'system', CURRENT_TIMESTAMP(3), 'system', CURRENT_TIMESTAMP(3), 'TEKUN_BASIC|2022-01-01');
-- aid_benefit_standard is read by nothing any more; V111 drops it.

-- What the calculator needs of a member and of a 特困 case.
ALTER TABLE aid_member ADD COLUMN severe_disability BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE aid_member ADD COLUMN serious_illness BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE aid_application ADD COLUMN support_mode VARCHAR(20);

-- The amount as approved (stored by AidCaseActions.grantBenefit): the month it was computed for, the totals, the
-- rates used (ids, comma-separated) and one line per member and item.
CREATE TABLE aid_benefit_calculation (
  id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  application_id       BIGINT       NOT NULL,
  computed_for         DATE         NOT NULL,
  benefit_type         VARCHAR(12)  NOT NULL,
  persons              INT          NOT NULL,
  household_income_fen BIGINT       NOT NULL,
  base_fen             BIGINT       NOT NULL,
  extra_fen            BIGINT       NOT NULL,
  total_fen            BIGINT       NOT NULL,
  rate_ids             VARCHAR(300) NOT NULL,
  notes                VARCHAR(2000),
  computed_at          DATETIME(3)  NOT NULL,
  CONSTRAINT uq_aid_benefit_calculation UNIQUE (application_id)
);
CREATE TABLE aid_benefit_calculation_line (
  id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  calculation_id BIGINT       NOT NULL,
  line_no        INT          NOT NULL,
  member_id      BIGINT,
  category       VARCHAR(40)  NOT NULL,
  amount_fen     BIGINT       NOT NULL,
  rate_id        BIGINT,
  note           VARCHAR(300),
  CONSTRAINT uq_aid_benefit_calculation_line UNIQUE (calculation_id, line_no)
);
