create extension if not exists pg_trgm;

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
                            || coalesce(title, '') || ' ' || coalesce(reference, ''))) stored
);
create index proposal_created_idx on proposal (created_at desc, id desc);
create index proposal_country_created_idx on proposal (country, created_at desc);
create index proposal_risk_created_idx on proposal (latest_overall_risk, created_at desc);
create index proposal_reference_idx on proposal (reference);
create index proposal_search_text_idx on proposal using gin (search_text gin_trgm_ops);
