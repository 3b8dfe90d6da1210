-- The ledger (台账): one row per task, kept by the "ledger" event processor; rebuildable from the event log.
CREATE TABLE ledger_row (
    task_id               varchar(64)  PRIMARY KEY,
    plan_number           varchar(100) NOT NULL,
    task_number           integer      NOT NULL,
    section               text,
    short_title           text         NOT NULL,
    lead_unit_ids         text[]       NOT NULL,
    lead_unit_names       text[]       NOT NULL,
    acknowledged_unit_ids text[]       NOT NULL DEFAULT '{}',
    status                varchar(32)  NOT NULL,
    percent_complete      integer,
    last_action           text         NOT NULL,
    last_action_at        timestamptz  NOT NULL,
    UNIQUE (plan_number, task_number)
);
CREATE INDEX ledger_row_lead_unit_ids ON ledger_row USING gin (lead_unit_ids);
