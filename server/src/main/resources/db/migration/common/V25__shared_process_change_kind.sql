-- A process owner's proposal is one of three kinds: CHANGE (a revised model of a deployed process), NEW (a process not
-- deployed yet: no base version, base_definition_id stays NULL) or RETIRE (no new instances start, running ones
-- finish; the model stored is the version retired). Every proposal before this one was a change.
ALTER TABLE process_change ADD COLUMN kind VARCHAR(8) DEFAULT 'CHANGE' NOT NULL;

-- A retired process, once a second owner approved its retirement: every version and district variant is suspended in
-- the engine for starting (features and timer start events), and the console shows it as retired. One row a process.
CREATE TABLE process_retirement (
  process_key VARCHAR(64) NOT NULL PRIMARY KEY,
  change_id   BIGINT      NOT NULL,
  retired_at  DATETIME(3) NOT NULL,
  CONSTRAINT fk_process_retirement_change FOREIGN KEY (change_id) REFERENCES process_change (id)
);
