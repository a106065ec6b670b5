-- Marten's table shapes. seq_id has no default on purpose: sequence numbers may only be taken
-- under the append lock (see Writing/BatchCommand.cs), never by a plain INSERT.
CREATE SEQUENCE IF NOT EXISTS {schema}.mt_events_sequence;

CREATE TABLE IF NOT EXISTS {schema}.mt_streams (
    id        uuid PRIMARY KEY,
    type      text NULL,
    version   bigint NOT NULL,
    timestamp timestamptz NOT NULL DEFAULT now(),
    created   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE IF NOT EXISTS {schema}.mt_events (
    seq_id         bigint PRIMARY KEY,
    id             uuid NOT NULL,
    stream_id      uuid NOT NULL,
    version        bigint NOT NULL,
    data           jsonb NOT NULL,
    type           text NOT NULL,
    timestamp      timestamptz NOT NULL DEFAULT now(),
    correlation_id uuid NULL,
    causation_id   uuid NULL,
    CONSTRAINT mt_events_stream_version UNIQUE (stream_id, version)
);

CREATE TABLE IF NOT EXISTS {schema}.mt_event_progression (
    name         text PRIMARY KEY,
    last_seq_id  bigint NOT NULL DEFAULT 0,
    last_updated timestamptz NOT NULL DEFAULT now()
);
