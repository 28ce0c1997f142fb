-- The engine keeps only the history some reader needs (workflow.camunda.CaseHistoryLevel, id 13, named
-- `minzheng` in application.yml). The engine stores the level it runs at in ACT_GE_PROPERTY and refuses to start
-- when the configured one has another id (HistoryLevelSetupCommand): a database that ran at `full` (3) is moved
-- here. A new database has no row yet; the engine writes 13 at its first start. History already written stays
-- until the history cleanup removes it (docs/architecture.md, "Engine history").
UPDATE ACT_GE_PROPERTY SET VALUE_ = '13' WHERE NAME_ = 'historyLevel';

-- Ended tasks are answered from task_record (TaskWork, InboxTargets) instead of the engine's task and
-- identity-link history, which the level no longer writes.
CREATE INDEX ix_task_record_task ON task_record (task_id);
