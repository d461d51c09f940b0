-- One row per Idempotency-Key: the request's fingerprint and, once committed, the response to replay.
-- The row is inserted first, in the same transaction as the work, so a concurrent request with the same key
-- waits on the primary key and then replays instead of creating a second proposal.
create table idempotency_key (
    idempotency_key text primary key,
    fingerprint     text not null,
    created_at      timestamptz not null,
    response        text not null default ''
);
create index idempotency_key_created_idx on idempotency_key (created_at);
