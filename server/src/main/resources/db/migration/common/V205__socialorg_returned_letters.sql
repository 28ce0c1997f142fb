-- Registered letters (挂号信) sent to an organisation's registered domicile and returned undelivered: the second one
-- puts the organisation on the abnormal-activity list as unreachable (通过登记的住所无法联系).
CREATE TABLE so_returned_letter (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  organisation_id BIGINT       NOT NULL,
  tracking_no     VARCHAR(40)  NOT NULL,
  sent_on         DATE         NOT NULL,
  returned_on     DATE         NOT NULL,
  recorded_by     VARCHAR(64)  NOT NULL,
  recorded_at     DATETIME(3)  NOT NULL,
  CONSTRAINT uq_so_returned_letter UNIQUE (organisation_id, tracking_no),
  CONSTRAINT fk_so_returned_letter_org FOREIGN KEY (organisation_id) REFERENCES so_organisation (id)
);
