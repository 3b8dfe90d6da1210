-- The whole loop: the current round, strikes counted from the events, raised supervision, when it was closed.
ALTER TABLE ledger_row
    ADD COLUMN round      integer,
    ADD COLUMN strikes    integer NOT NULL DEFAULT 0,
    ADD COLUMN raised     boolean NOT NULL DEFAULT false,
    ADD COLUMN closed_at  timestamptz;
