-- The attachment limit (50 per case) holds under concurrent uploads: each attachment takes a numbered slot of its
-- case, and the unique index lets only one upload take a slot. Existing attachments are numbered in upload order.
ALTER TABLE case_attachment ADD COLUMN slot INT;
UPDATE case_attachment SET slot = (
  SELECT numbered.n FROM (
    SELECT a.id, (SELECT COUNT(*) FROM case_attachment b WHERE b.case_ref = a.case_ref AND b.id <= a.id) AS n
    FROM case_attachment a
  ) numbered WHERE numbered.id = case_attachment.id
);
ALTER TABLE case_attachment MODIFY slot INT NOT NULL;
CREATE UNIQUE INDEX ux_case_attachment_slot ON case_attachment (case_ref, slot);
