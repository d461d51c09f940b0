-- Owned by the security module. The token buckets of the API keys' rate limits, shared by every instance on this
-- database so that a key's allowance holds across them (Bucket4j's PostgreSQL proxy manager, select-for-update
-- flavour: a row per key, its state serialised by Bucket4j). expires_at (epoch milliseconds) says when a bucket is
-- full again and may be deleted; the cleanup deletes such rows in small batches.
create table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
);
create index rate_limit_bucket_expires_idx on rate_limit_bucket (expires_at);
