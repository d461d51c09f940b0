-- Owned by the rulebook module. The revision each running instance screens with, as the instance reports it: when it
-- installs a new revision (installed_at) and every few seconds after (reported_at), both by the database's clock. The
-- change-impact job waits until every instance that reported lately serves its revision, instead of a fixed delay.
-- An instance deletes its row when it stops; a crashed one's row is ignored once it stops reporting, and deleted later.
create table rulebook_instance (
    instance_id  uuid primary key,
    revision     integer not null,
    installed_at timestamptz not null,
    reported_at  timestamptz not null
);
