-- An offer of a bed runs the offer process (ElderlyCareHomeOfferProcess, business key = offer number): its timer
-- lapses the offer when the answer deadline passes. Offers made before this column existed have none and are
-- answered by staff only, as before.
ALTER TABLE carehome_offer ADD COLUMN process_instance_id VARCHAR(64);
