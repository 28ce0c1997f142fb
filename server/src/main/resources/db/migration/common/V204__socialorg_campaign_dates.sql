-- The campaign sends its reminder and deadline messages to its cases once, whichever node runs the check.
ALTER TABLE so_annual_campaign ADD COLUMN reminded_at DATETIME(3);
ALTER TABLE so_annual_campaign ADD COLUMN deadline_processed_at DATETIME(3);
