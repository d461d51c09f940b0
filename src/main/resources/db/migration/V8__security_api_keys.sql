create table api_key (
    id         uuid primary key,
    name       text not null,
    client     text not null,
    roles      text[] not null check (cardinality(roles) > 0
                   and roles <@ array['SCREENER', 'AUDITOR', 'RULEBOOK_EDITOR', 'ADMIN']),
    key_hash   text not null unique check (key_hash ~ '^[0-9a-f]{64}$'),
    key_prefix text not null,
    created_at timestamptz not null,
    revoked_at timestamptz
);
create index api_key_created_idx on api_key (created_at, id);
