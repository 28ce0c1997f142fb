-- Personal identifiers sealed at rest: see V30__shared_personal_data_at_rest.sql for the format and the start-up pass.
-- A legal representative's ID number is sealed; the organisation's credit code is public and stays clear.
ALTER TABLE so_organisation MODIFY legal_rep_id_number VARCHAR(120);
ALTER TABLE so_alteration MODIFY new_legal_rep_id VARCHAR(120);
