-- Indexes on Camunda's own tables (ADR 26). Run by plattform.EngineIndexe after the engine created or updated its
-- schema; history in aqb_schema_history_engine.

-- every task completion and deletion looks for subtasks (select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?);
-- Camunda's schema has no index on that column, so each completion reads the whole task table
create index if not exists AQB_IDX_TASK_PARENT on ACT_RU_TASK(PARENT_TASK_ID_);
