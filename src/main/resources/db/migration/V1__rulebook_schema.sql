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

create table institution (
    id          uuid primary key,
    name        text not null,
    native_name text,
    country     char(2),
    parent_id   uuid references institution (id),
    category    text,
    source_name text not null,
    source_url  text,
    retired_at  timestamptz
);
create index institution_parent_idx on institution (parent_id);

create table institution_alias (
    institution_id uuid not null references institution (id),
    alias          text not null,
    kind           text not null check (kind in ('NATIVE_NAME', 'ALIAS', 'FORMER_NAME', 'ACRONYM', 'SUB_UNIT_NAME')),
    primary key (institution_id, alias)
);

create table institution_listing (
    id             uuid primary key,
    institution_id uuid not null references institution (id),
    list_code      text not null references watch_list (code),
    status         text not null check (status in ('CURRENT', 'FORMER')),
    editions       text,
    listed_on      date,
    rating         text check (rating in ('VERY_HIGH', 'HIGH', 'MEDIUM', 'LOW')),
    rating_date    date,
    name_as_listed text not null,
    source_name    text not null,
    source_url     text
);
create index institution_listing_institution_idx on institution_listing (institution_id);

create table technology_category (
    code              text primary key,
    name              text not null,
    parent_code       text references technology_category (code),
    points            integer not null check (points between 0 and 100),
    control_list_refs text,
    source_name       text not null,
    source_url        text,
    retired_at        timestamptz
);

create table technology_keyword (
    category_code text not null references technology_category (code),
    keyword       text not null,
    primary key (category_code, keyword)
);

create table talent_programme (
    id          uuid primary key,
    code        text not null unique,
    name        text not null,
    parent_id   uuid references talent_programme (id),
    country     char(2),
    sponsor     text,
    dod_1286_editions text,
    source_name text not null,
    source_url  text,
    retired_at  timestamptz
);

create table talent_programme_alias (
    programme_id uuid not null references talent_programme (id),
    alias        text not null,
    kind         text not null check (kind in ('NATIVE_NAME', 'ALIAS', 'ACRONYM')),
    primary key (programme_id, alias)
);

create table country (
    code       char(2) primary key,
    name       text not null,
    of_concern boolean not null
);

create table country_designation (
    id           uuid primary key,
    country_code char(2) not null references country (code),
    basis        text not null,
    source_name  text not null,
    source_url   text
);
create index country_designation_country_idx on country_designation (country_code);

create table scoring_parameter (
    key         text primary key,
    value       integer not null check (value between 0 and 100),
    description text not null,
    source_name text,
    source_url  text
);

create table combination_rule (
    code        text primary key,
    risk_type   text not null check (risk_type in ('DUAL_USE', 'TALENT_PROGRAMME', 'OVERALL')),
    requires    text not null,
    raises_to   text not null check (raises_to in ('MEDIUM', 'HIGH', 'CRITICAL')),
    description text not null,
    source_name text not null,
    source_url  text
);

create table mitigation (
    id           uuid primary key,
    finding_kind text not null,
    position     integer not null,
    text         text not null,
    source_name  text not null,
    source_url   text,
    unique (finding_kind, position)
);
