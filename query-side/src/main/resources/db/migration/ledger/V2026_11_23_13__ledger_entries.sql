-- The ledger keeps each task's entry whole (state, JSON) beside the columns it is filtered by; its light is read
-- from the entry at query time. The old table is dropped and the ledger processor's token removed, so the
-- processor replays the event log into the new table on the next start.
DROP TABLE IF EXISTS ledger_row;

CREATE TABLE ledger_row (
    task_id                text PRIMARY KEY,
    plan_number            text    NOT NULL,
    task_number            integer NOT NULL,
    section                text    NOT NULL,
    lead_unit_ids          text[]  NOT NULL,
    lead_unit_names        text[]  NOT NULL,
    lead_leaders           text[]  NOT NULL,
    cooperating_unit_ids   text[]  NOT NULL,
    cooperating_unit_names text[]  NOT NULL,
    status                 text    NOT NULL,
    last_sequence          bigint  NOT NULL,
    state                  jsonb   NOT NULL
);

CREATE INDEX ledger_row_plan ON ledger_row (plan_number, task_number);

DO $$
BEGIN
    IF to_regclass('token_entry') IS NOT NULL THEN
        DELETE FROM token_entry WHERE processor_name = 'ledger';
    END IF;
END $$;
