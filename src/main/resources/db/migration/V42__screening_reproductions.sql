-- A screening at a past rulebook revision (asOfRevision) reproduces an earlier decision: it stays in the history
-- but is never a proposal's latest screening, so it neither changes the proposal's risk nor notifies anyone.
alter table screening add column reproduction boolean not null default false;
