-- The second factor at sign-in (security.SecondFactorService): one TOTP secret (RFC 6238) per user, its recovery
-- codes, and administrators' resets under four eyes.
-- second_factor: confirmed_at is NULL while an enrolment waits for its first code; last_step is the last accepted
-- 30-second time step, so that a code already used is refused. The secret never leaves the server after enrolment.
CREATE TABLE second_factor (
  id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT      NOT NULL,
  secret       VARCHAR(64) NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  confirmed_at DATETIME(3),
  last_step    BIGINT,
  CONSTRAINT uq_second_factor_user UNIQUE (user_id),
  CONSTRAINT fk_second_factor_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- Ten one-time codes per enrolment, shown once; only a salted hash (BCrypt) is kept; used_at is set when one is spent.
CREATE TABLE second_factor_recovery (
  id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  factor_id BIGINT       NOT NULL,
  code_hash VARCHAR(100) NOT NULL,
  used_at   DATETIME(3),
  CONSTRAINT fk_second_factor_recovery FOREIGN KEY (factor_id) REFERENCES second_factor (id) ON DELETE CASCADE
);
CREATE INDEX ix_second_factor_recovery_factor ON second_factor_recovery (factor_id);

-- A reset asked for by one administrator and carried out only when another approves (status REQUESTED, APPROVED,
-- REJECTED); the audit trail records both steps.
CREATE TABLE second_factor_reset (
  id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  user_id      BIGINT       NOT NULL,
  requested_by VARCHAR(64)  NOT NULL,
  reason       VARCHAR(500) NOT NULL,
  requested_at DATETIME(3)  NOT NULL,
  status       VARCHAR(12)  NOT NULL,
  decided_by   VARCHAR(64),
  decided_at   DATETIME(3),
  CONSTRAINT fk_second_factor_reset_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_second_factor_reset_status ON second_factor_reset (status, user_id);
