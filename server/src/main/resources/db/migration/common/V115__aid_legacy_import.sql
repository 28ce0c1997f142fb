-- Beneficiaries taken over from the old system at go-live (存量对象): each import batch once, with the day it ran.
-- The day anchors the batch's dates (decisions, payment starts, review dates are set relative to it once and
-- stored in the rows); the primary key refuses a second run of the batch, whichever node tries it.
CREATE TABLE aid_legacy_import (
  batch       VARCHAR(40)  NOT NULL PRIMARY KEY,
  anchor_date DATE         NOT NULL,
  households  INT          NOT NULL,
  imported_at TIMESTAMP(3) NOT NULL
);
