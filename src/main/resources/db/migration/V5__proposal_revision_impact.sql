-- After each rulebook revision the stored proposals are re-screened in the background, in batches, walking them in
-- the order they were created (so a proposal whose transaction commits late, screened by an instance that had not
-- yet seen the revision, is still ahead of the job, not behind it); the job row keeps the last proposal done, so
-- the work resumes where it stopped after a restart.
create table revision_impact_job (
    revision    integer primary key references rulebook_revision (revision),
    created_at  timestamptz not null,
    status      text        not null check (status in ('PENDING', 'DONE')),
    last_proposal_id uuid,
    checked     integer     not null default 0,
    rescreened  integer     not null default 0,
    finished_at timestamptz,
    last_created_at timestamptz
);
create index revision_impact_job_pending_idx on revision_impact_job (revision) where status = 'PENDING';

-- The proposals whose overall risk a revision changed.
create table revision_impact (
    revision     integer not null references revision_impact_job (revision),
    proposal_id  uuid    not null references proposal (id),
    screening_id uuid    not null,
    old_risk     text    not null check (old_risk in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    new_risk     text    not null check (new_risk in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    primary key (revision, proposal_id)
);
