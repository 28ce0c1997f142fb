-- Outbound registry calls by idempotency key (business key + activity): a retried job that finds its key
-- here does not call the registry again.
CREATE TABLE registry_call (
  idempotency_key VARCHAR(150) NOT NULL PRIMARY KEY,
  registry        VARCHAR(40)  NOT NULL,
  case_ref        VARCHAR(64)  NOT NULL,
  request_id      VARCHAR(100),
  created_at      DATETIME(3)  NOT NULL
);

-- Inbound registry answers. Stored first, then correlated, so an answer that arrives before the process
-- waits for it (or while the engine is busy) is never lost.
CREATE TABLE registry_message (
  id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
  message_name    VARCHAR(100) NOT NULL,
  case_ref        VARCHAR(64)  NOT NULL,
  payload         TEXT         NOT NULL,
  received_at     DATETIME(3)  NOT NULL,
  correlated_at   DATETIME(3),
  attempts        INT          NOT NULL DEFAULT 0,
  last_error      VARCHAR(500)
);
CREATE INDEX ix_registry_message_pending ON registry_message (correlated_at, id);
