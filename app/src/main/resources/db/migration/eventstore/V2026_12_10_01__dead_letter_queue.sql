-- Dead letters: events a projection's event handler could not apply, parked by Axon's sequenced dead-letter queue
-- (JdbcSequencedDeadLetterQueue, one queue per processing group: ledger, scorecard) instead of being retried for
-- ever. A letter belongs to a sequence (sequence_identifier: the task's aggregate id), and later events of a parked
-- sequence are parked behind it, in order (sequence_index), until the first is retried or evicted.
--
-- The columns are those Axon's GenericDeadLetterTableFactory creates, named as in our other Axon tables (snake case,
-- see DeadLetterSchema in AxonStorageConfiguration). Payload, metadata, token and diagnostics are bytea holding
-- Jackson JSON, as in domain_event_entry:
--   SELECT processing_group, payload_type, convert_from(payload, 'UTF8'), cause_message FROM dead_letter_entry;
-- Axon writes its instants as ISO-8601 text and compares them as text (claims, ordering), so they stay varchar.
CREATE TABLE dead_letter_entry (
    dead_letter_id       varchar(255)  NOT NULL,
    processing_group     varchar(255)  NOT NULL,
    sequence_identifier  varchar(255)  NOT NULL,
    sequence_index       bigint        NOT NULL,
    message_type         varchar(255)  NOT NULL,
    event_identifier     varchar(255)  NOT NULL,
    time_stamp           varchar(255)  NOT NULL,
    payload_type         varchar(255)  NOT NULL,
    payload_revision     varchar(255),
    payload              bytea         NOT NULL,
    meta_data            bytea,
    aggregate_type       varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          varchar(255)  NOT NULL,
    last_touched         varchar(255),
    processing_started   varchar(255),
    cause_type           varchar(255),
    cause_message        varchar(1023),
    diagnostics          bytea,
    PRIMARY KEY (dead_letter_id),
    -- also the index of Axon's look-ups by processing group, and by group and sequence
    CONSTRAINT dead_letter_entry_sequence UNIQUE (processing_group, sequence_identifier, sequence_index)
);
