-- The unit scorecard's facts: who leads which task, each due and what became of it, each notice. A scorecard for a
-- period is counted from these at query time. Kept by the "scorecard" processor; rebuildable from the event log.
CREATE TABLE scorecard_task (
    task_id       text PRIMARY KEY,
    plan_number   text    NOT NULL,
    task_number   integer NOT NULL,
    last_sequence bigint  NOT NULL
);

-- a lead unit of a task: the scorecard's "tasks led" and close-outs
CREATE TABLE scorecard_lead (
    task_id            text        NOT NULL,
    unit_id            text        NOT NULL,
    unit_name          text        NOT NULL,
    plan_number        text        NOT NULL,
    registered_at      timestamptz NOT NULL,
    withdrawn_at       timestamptz,
    closed_at          timestamptz,
    close_out_deadline timestamptz NOT NULL,
    PRIMARY KEY (task_id, unit_id)
);

-- an acknowledgement (round 0) or a round's report owed by a lead unit
CREATE TABLE scorecard_due (
    task_id      text        NOT NULL,
    unit_id      text        NOT NULL,
    kind         text        NOT NULL,
    round        integer     NOT NULL,
    plan_number  text        NOT NULL,
    task_number  integer     NOT NULL,
    unit_name    text        NOT NULL,
    assigned_at  timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    submitted_at timestamptz,
    outcome      text        NOT NULL,
    submissions  integer     NOT NULL DEFAULT 0,
    returned     integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (task_id, unit_id, kind, round)
);

CREATE INDEX scorecard_due_period ON scorecard_due (plan_number, due_at);

-- a notice or accountability action (or a reminder step) issued to a unit
CREATE TABLE scorecard_notice (
    task_id              text        NOT NULL,
    escalation_id        text        NOT NULL,
    plan_number          text        NOT NULL,
    task_number          integer     NOT NULL,
    unit_id              text        NOT NULL,
    unit_name            text        NOT NULL,
    step                 text        NOT NULL,
    reason               text,
    issued_at            timestamptz NOT NULL,
    rectification_due_at timestamptz,
    PRIMARY KEY (task_id, escalation_id)
);

CREATE INDEX scorecard_notice_period ON scorecard_notice (plan_number, issued_at);
