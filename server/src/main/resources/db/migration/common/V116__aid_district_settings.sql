-- A district's figures for social assistance as a four-eyes change (issue 19): one row per proposed change of the
-- whole set (临时救助 limits and 支出型 tiers in aid_temporary_limit / aid_temporary_tier, the spot check's share and
-- flag rule in aid_spot_check_policy). The live tables stay where the services read them; an approval writes them
-- in the same transaction (see AidSettings).
-- old_figures     the district's live figures when the change was proposed (JSON, see AidSettings.Figures): shown as
--                 old → new, and compared with the live figures on approval (changed since: refused)
-- new_figures     the proposed set (JSON)
-- status          PROPOSED → IN_FORCE (another administrator approved) or REJECTED (with decision_reason)
-- open_key        the district code while PROPOSED, else NULL: one open proposal per district
CREATE TABLE aid_settings_change (
  id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
  district_code   VARCHAR(20)   NOT NULL,
  status          VARCHAR(20)   NOT NULL,
  document_no     VARCHAR(100)  NOT NULL,
  document_title  VARCHAR(300)  NOT NULL,
  reason          VARCHAR(500)  NOT NULL,
  old_figures     TEXT          NOT NULL,
  new_figures     TEXT          NOT NULL,
  proposed_by     VARCHAR(64)   NOT NULL,
  proposed_at     DATETIME(3)   NOT NULL,
  decided_by      VARCHAR(64),
  decided_at      DATETIME(3),
  decision_reason VARCHAR(500),
  open_key        VARCHAR(20),
  CONSTRAINT uq_aid_settings_change_open UNIQUE (open_key)
);
CREATE INDEX ix_aid_settings_change_district ON aid_settings_change (district_code, id);
