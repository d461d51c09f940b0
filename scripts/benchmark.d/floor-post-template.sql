-- psql script of scripts/benchmark: the template of floor-post.sql, copied from a proposal the benchmark stored through
-- the API, with its latest screening and the audit event of that screening.
\set ON_ERROR_STOP on
drop table if exists benchmark_post_template;
create table benchmark_post_template as
select p.client, p.institution, p.country, p.technology_area, p.title, p.description, p.researchers,
       p.funding_sources, p.framework_request, p.latest_overall_risk, s.rulebook_revision, s.dual_use_score,
       s.talent_programme_score, s.assessment, a.after as audit_after
from proposal p
     join screening s on s.proposal_id = p.id
     join audit_record a on a.subject_id = p.id::text and a.action = 'SCREENING_COMPLETED'
where p.reference like 'BENCH-%'
order by p.created_at desc
limit 1;
