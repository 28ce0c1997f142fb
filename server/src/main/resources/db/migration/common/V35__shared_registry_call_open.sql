-- The economic-check poller asks the verification centre for the answers of the open requests every minute. Every
-- request is kept for ever, so at 1,000,000 cases "not answered yet" as an anti-join of registry_call against
-- registry_message read both tables whole (16 s a poll on MariaDB). It is now a state of the request: answered_at,
-- set when the answer is stored, and an index that holds only what the poller asks for.
ALTER TABLE registry_call ADD COLUMN answered_at DATETIME(3);

CREATE INDEX ix_registry_message_case ON registry_message (case_ref, message_name);

UPDATE registry_call SET answered_at = (
    SELECT MIN(m.received_at) FROM registry_message m
    WHERE m.case_ref = registry_call.case_ref AND m.message_name = 'AidEconomicCheckCompleted')
WHERE registry = 'economic-check' AND EXISTS (
    SELECT 1 FROM registry_message m
    WHERE m.case_ref = registry_call.case_ref AND m.message_name = 'AidEconomicCheckCompleted');

CREATE INDEX ix_registry_call_open ON registry_call (registry, answered_at, created_at);
