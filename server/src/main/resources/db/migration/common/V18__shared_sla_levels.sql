-- Near-due reminders and the second escalation level, each sent once per work item.
ALTER TABLE work_item ADD COLUMN near_due_notified_at DATETIME(3);
ALTER TABLE work_item ADD COLUMN escalated_again_at DATETIME(3);
