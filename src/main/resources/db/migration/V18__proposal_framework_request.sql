-- Owned by the proposal module. The proposal-level facts of the funder verdicts: the frameworks and decision date as
-- resolved at submission (so a re-screen judges the same question) and the framework-specific facts. Null for
-- proposals stored before verdicts existed: they are judged under the default frameworks as of the re-screen's date.
alter table proposal add column framework_request jsonb;
