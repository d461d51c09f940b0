-- Module screening: how reviewers' dispositions applied to a screening (scores before them, dismissed findings, the
-- state of each disposition); null when none was recorded when it ran.
alter table screening add column dispositions jsonb;
