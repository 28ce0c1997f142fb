-- Our compact archive of an ended process instance's path, written by the night job (workflow.camunda.
-- EngineHistoryArchive) before the engine's history cleanup may remove ACT_HI_PROCINST / ACT_HI_ACTINST of it.
-- The diagram, the auditor's timeline and Workflow.history/endActivity/diagramXml/takenFlows/processProperty read
-- it once the engine's rows are gone. One row per instance, one per activity instance; no secondary index.
CREATE TABLE case_path (
  process_instance_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
  process_definition_id VARCHAR(64)  NOT NULL,
  business_key          VARCHAR(255),
  end_activity_id       VARCHAR(255),
  started_at            DATETIME(3)  NOT NULL,
  ended_at              DATETIME(3),
  removal_at            DATETIME(3),
  archived_at           DATETIME(3)  NOT NULL
);

CREATE TABLE case_path_step (
  process_instance_id VARCHAR(64)  NOT NULL,
  seq                 INT          NOT NULL,
  activity_id         VARCHAR(255) NOT NULL,
  activity_name       VARCHAR(255),
  activity_type       VARCHAR(255) NOT NULL,
  assignee            VARCHAR(64),
  task_id             VARCHAR(64),
  started_at          DATETIME(3)  NOT NULL,
  ended_at            DATETIME(3),
  sequence_counter    BIGINT       NOT NULL,
  state               INT          NOT NULL,
  PRIMARY KEY (process_instance_id, seq)
);
