-- Credit listing cases (信用名单列入): a listing ground opens a case; the reviewer proposes with the
-- facts, the organisation is notified and may answer (陈述、申辩), the approver makes the written
-- listing decision (列入决定: reasons, document number, date) or drops it.
CREATE TABLE so_credit_listing (
  id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  listing_no          VARCHAR(64)   NOT NULL,
  organisation_id     BIGINT        NOT NULL,
  registrar_code      VARCHAR(20)   NOT NULL,
  reason_code         VARCHAR(40)   NOT NULL,
  reason_text         VARCHAR(1000) NOT NULL,
  trigger_ref         VARCHAR(64),
  status              VARCHAR(20)   NOT NULL,
  facts               VARCHAR(500),
  notified_on         DATE,
  answer_due_on       DATE,
  statement           VARCHAR(1000),
  statement_at        DATETIME(3),
  decision            VARCHAR(12),
  decision_reasons    VARCHAR(500),
  decision_doc_no     VARCHAR(60),
  decided_on          DATE,
  decided_by          VARCHAR(64),
  process_instance_id VARCHAR(64),
  created_at          DATETIME(3)   NOT NULL,
  closed_at           DATETIME(3),
  CONSTRAINT uq_so_credit_listing_no UNIQUE (listing_no),
  CONSTRAINT fk_so_credit_listing_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);
CREATE INDEX ix_so_credit_listing_org ON so_credit_listing (organisation_id, status);
