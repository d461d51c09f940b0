-- Module impact. A change-impact job that keeps failing is marked FAILED with its error, so later revisions' jobs go
-- on. The job walks proposals in the order their inserting transactions were assigned ids (V14), up to the oldest
-- transaction still running, so a proposal whose transaction commits late is never behind the job; the cursor and the
-- horizon are transaction ids, and no instance clock decides what the job has seen.
alter table revision_impact_job drop constraint revision_impact_job_status_check;
alter table revision_impact_job add constraint revision_impact_job_status_check
    check (status in ('PENDING', 'DONE', 'FAILED'));
alter table revision_impact_job
    add column attempts   integer not null default 0,
    add column last_error text,
    add column last_xid   xid8,
    add column horizon    xid8;
-- A job part-way through when this migration runs starts its walk again in the new order: what it recorded stays
-- (recording is idempotent), proposals it already re-screened are not re-screened, and it counts its checks anew.
update revision_impact_job set checked = 0, last_proposal_id = null, last_created_at = null where status = 'PENDING';
