-- Axon's event store, token store and dead-letter/saga tables, written by Axon's JDBC storage engine.
-- Payloads, metadata and tokens are bytea holding Jackson JSON, so
--   SELECT convert_from(payload, 'UTF8') FROM domain_event_entry;
-- shows every event as readable JSON. The global index is a plain sequence (BIGSERIAL): it grows by one.
CREATE TABLE domain_event_entry (
    global_index         bigserial    NOT NULL,
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255),
    event_identifier     varchar(255) NOT NULL,
    meta_data            bytea,
    payload              bytea        NOT NULL,
    payload_revision     varchar(255),
    payload_type         varchar(255) NOT NULL,
    time_stamp           varchar(255) NOT NULL,
    PRIMARY KEY (global_index),
    UNIQUE (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

CREATE TABLE snapshot_event_entry (
    aggregate_identifier varchar(255) NOT NULL,
    sequence_number      bigint       NOT NULL,
    type                 varchar(255) NOT NULL,
    event_identifier     varchar(255) NOT NULL,
    meta_data            bytea,
    payload              bytea        NOT NULL,
    payload_revision     varchar(255),
    payload_type         varchar(255) NOT NULL,
    time_stamp           varchar(255) NOT NULL,
    PRIMARY KEY (aggregate_identifier, sequence_number),
    UNIQUE (event_identifier)
);

CREATE TABLE token_entry (
    processor_name varchar(255) NOT NULL,
    segment        integer      NOT NULL,
    token          bytea,
    token_type     varchar(255),
    timestamp      varchar(255),
    owner          varchar(255),
    PRIMARY KEY (processor_name, segment)
);
