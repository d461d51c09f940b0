-- The change-impact job walks proposals in the order they were created, so a proposal whose transaction commits late
-- (screened by an instance that had not yet seen the revision) is still ahead of the job, not behind it.
alter table revision_impact_job add column last_created_at timestamptz;
