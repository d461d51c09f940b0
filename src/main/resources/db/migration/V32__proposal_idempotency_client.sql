-- Idempotency keys belong to the client whose API key sent them: two clients may use the same key independently.
alter table idempotency_key add column client text not null default 'default';
alter table idempotency_key alter column client drop default;
alter table idempotency_key drop constraint idempotency_key_pkey;
alter table idempotency_key add primary key (client, idempotency_key);
