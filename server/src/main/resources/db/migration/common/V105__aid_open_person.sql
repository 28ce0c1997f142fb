-- One open application per person across streets and benefit types: a row per ID number of a member of an
-- application that is not closed. The primary key is the guard, so two clerks submitting the same ID number at
-- once cannot both win (no read-then-insert); the rows of an application are deleted when it closes.
CREATE TABLE aid_open_person (
  id_number      CHAR(18)    NOT NULL PRIMARY KEY,
  application_id BIGINT      NOT NULL,
  application_no VARCHAR(40) NOT NULL,
  street_code    VARCHAR(20) NOT NULL,
  claimed_at     DATETIME(3) NOT NULL
);
CREATE INDEX ix_aid_open_person_application ON aid_open_person (application_id);

-- the open applications of today: the oldest holds each person
INSERT INTO aid_open_person (id_number, application_id, application_no, street_code, claimed_at)
SELECT m.id_number, a.id, a.application_no, a.competent_street_code, a.submitted_at
FROM aid_member m JOIN aid_application a ON a.household_id = m.household_id
WHERE a.closed_at IS NULL
  AND a.id = (SELECT MIN(a2.id) FROM aid_application a2 JOIN aid_member m2 ON m2.household_id = a2.household_id
              WHERE m2.id_number = m.id_number AND a2.closed_at IS NULL);
