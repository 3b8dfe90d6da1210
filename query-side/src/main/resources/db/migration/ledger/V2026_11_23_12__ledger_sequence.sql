-- The sequence number of the last event of the task the row applied: an event delivered again changes nothing.
ALTER TABLE ledger_row ADD COLUMN last_sequence bigint NOT NULL DEFAULT -1;
