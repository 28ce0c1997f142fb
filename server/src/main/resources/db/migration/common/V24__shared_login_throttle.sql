-- Sign-in throttling (docs/security.md): failed sign-ins are counted per (username, client address) pair and per
-- client address across usernames, here so that every server node sees the same counts. Wrong passwords no longer
-- lock an account: app_user.failed_attempts is no longer written, app_user.locked_until is set by administrators only.
-- username_hash and address_hash are SHA-256 hex digests of the lower-cased username and of the client address, so no
-- username sits here in clear text; the address-wide row has username_hash '*'.
-- An attempt is counted when it starts (failures + 1) and given back when it succeeds; retry_at is when the next
-- attempt may start; the count starts again once window_started_at is older than the rule's window.
CREATE TABLE login_throttle (
  username_hash     VARCHAR(64) NOT NULL,
  address_hash      CHAR(64)    NOT NULL,
  failures          INT         NOT NULL,
  window_started_at DATETIME(3) NOT NULL,
  last_attempt_at   DATETIME(3) NOT NULL,
  retry_at          DATETIME(3),
  PRIMARY KEY (username_hash, address_hash)
);
CREATE INDEX ix_login_throttle_last_attempt ON login_throttle (last_attempt_at);
