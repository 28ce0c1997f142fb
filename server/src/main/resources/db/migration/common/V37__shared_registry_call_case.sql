-- Closing a case's requests when its answer comes (RegistryMessageMapper.markAnswered: registry, case, still open)
-- had no index to go by: ix_registry_call_open starts with the registry and holds answered_at, the column the
-- UPDATE sets, so MariaDB read every request of the table by its primary key instead (one whole-table scan per
-- answer: 1,000,000 rows at the benchmark's scale). By the case it reads the case's one or two requests.
CREATE INDEX ix_registry_call_case ON registry_call (case_ref, registry);

-- Requests left open by an answer that was stored before the request's own transaction had committed (the simulator
-- answers 20 ms after the request in the benchmark: 89 of 320 requests stayed open). They are closed now by the
-- delivery of the answer as well; these are the ones whose answer was delivered before that.
UPDATE registry_call SET answered_at = (
    SELECT MIN(m.received_at) FROM registry_message m
    WHERE m.case_ref = registry_call.case_ref AND m.message_name = 'AidEconomicCheckCompleted')
WHERE registry = 'economic-check' AND answered_at IS NULL AND EXISTS (
    SELECT 1 FROM registry_message m
    WHERE m.case_ref = registry_call.case_ref AND m.message_name = 'AidEconomicCheckCompleted'
      AND m.correlated_at IS NOT NULL);
