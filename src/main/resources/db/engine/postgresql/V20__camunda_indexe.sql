-- Indexes on Camunda's own tables (ADR 26). Run by plattform.EngineIndexe after the engine created or updated its
-- schema; history in aqb_schema_history_engine.

-- every task completion and deletion looks for subtasks (select ... from ACT_RU_TASK where PARENT_TASK_ID_ = ?);
-- Camunda's schema has no index on that column, so each completion reads the whole task table
create index if not exists aqb_idx_task_parent on act_ru_task(parent_task_id_);

-- search by Förderfall number (business key prefix, "AQB-2025-06414%"): under a collation other than "C" PostgreSQL
-- cannot use Camunda's plain b-tree indexes for LIKE 'prefix%'; text_pattern_ops can, under any collation
create index if not exists aqb_idx_hi_procinst_buskey_muster on act_hi_procinst(business_key_ text_pattern_ops);
create index if not exists aqb_idx_exec_buskey_muster on act_ru_execution(business_key_ text_pattern_ops);
