-- Inbox at city scale (issue 3, see docs/benchmarks.md): covering indexes, so that a street's 待办 (count and page)
-- is read from the index alone and only the page's rows are fetched (WorkItemMapper.xml joins them by task_id).
-- Every inbox filter column is in both; the first serves the due-state filters (a range on due_at), the second the
-- applicant-name prefix (a range on applicant_name inside the street instead of over the whole city).
CREATE INDEX ix_work_item_inbox ON work_item (org_unit_code, due_at, created_at, process_key, task_key, assignee);
CREATE INDEX ix_work_item_inbox_name ON work_item (org_unit_code, applicant_name, process_key, task_key, assignee, due_at, created_at);
