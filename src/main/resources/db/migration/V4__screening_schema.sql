-- A screening at a past rulebook revision (asOfRevision) is a reproduction of an earlier decision: it stays in the
-- history but is never a proposal's latest screening, so it neither changes the proposal's risk nor notifies anyone.
create table screening (
    id                     uuid primary key,
    proposal_id            uuid not null,
    screened_at            timestamptz not null,
    rulebook_revision      integer not null references rulebook_revision (revision),
    overall_risk           text not null check (overall_risk in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    dual_use_score         integer not null check (dual_use_score between 0 and 100),
    talent_programme_score integer not null check (talent_programme_score between 0 and 100),
    assessment             jsonb not null,
    reproduction           boolean not null default false
);
create index screening_proposal_idx on screening (proposal_id, screened_at desc);
