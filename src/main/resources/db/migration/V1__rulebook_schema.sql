create table rulebook_revision (
    revision   integer primary key,
    changed_at timestamptz not null,
    actor      text not null,
    summary    text not null
);

create table watch_list (
    code        text primary key,
    name        text not null,
    authority   text not null,
    url         text,
    consequence text not null
);

-- Every rule as a JSON document valid from one revision until (excluding) another: the rulebook as of revision n
-- is every row with valid_from_revision <= n < coalesce(valid_to_revision, infinity) that is not retired.
-- An edit closes the current row and inserts its successor; nothing is ever deleted.
create table rule_version (
    kind                text    not null check (kind in ('INSTITUTION', 'TECHNOLOGY_CATEGORY', 'TALENT_PROGRAMME',
                                                         'COUNTRY', 'SCORING_POLICY')),
    rule_key            text    not null,
    valid_from_revision integer not null references rulebook_revision (revision),
    valid_to_revision   integer references rulebook_revision (revision),
    retired             boolean not null default false,
    sort_key            text    not null,
    document            jsonb   not null,
    primary key (kind, rule_key, valid_from_revision),
    check (valid_to_revision is null or valid_to_revision > valid_from_revision)
);
create unique index rule_version_current_idx on rule_version (kind, rule_key) where valid_to_revision is null;
create index rule_version_from_idx on rule_version (valid_from_revision);
create index rule_version_to_idx on rule_version (valid_to_revision);
