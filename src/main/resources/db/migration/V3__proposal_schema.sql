create extension if not exists pg_trgm;

-- A proposal belongs to the client (organisation) whose API key submitted it.
create table proposal (
    id                  uuid primary key,
    created_at          timestamptz not null,
    reference           text,
    institution         text not null,
    country             text not null check (country ~ '^[A-Z]{2}$'),
    technology_area     text not null,
    title               text,
    description         text,
    researchers         jsonb not null,
    funding_sources     jsonb not null,
    latest_overall_risk text check (latest_overall_risk in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    latest_screened_at  timestamptz,
    search_text         text generated always as (lower(institution || ' ' || technology_area || ' '
                            || coalesce(title, '') || ' ' || coalesce(reference, ''))) stored,
    client              text not null
);
create index proposal_created_idx on proposal (created_at desc, id desc);
create index proposal_country_created_idx on proposal (country, created_at desc);
create index proposal_risk_created_idx on proposal (latest_overall_risk, created_at desc);
create index proposal_reference_idx on proposal (reference);
create index proposal_search_text_idx on proposal using gin (search_text gin_trgm_ops);
create index proposal_client_created_idx on proposal (client, created_at desc, id desc);

-- One row per Idempotency-Key of a client: the request's fingerprint and, once committed, the response to replay.
-- The row is inserted first, in the same transaction as the work, so a concurrent request with the same key
-- waits on the primary key and then replays instead of creating a second proposal. Two clients may use the same
-- key independently.
create table idempotency_key (
    idempotency_key text not null,
    fingerprint     text not null,
    created_at      timestamptz not null,
    response        text not null default '',
    client          text not null,
    primary key (client, idempotency_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
