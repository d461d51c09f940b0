-- pgbench script of scripts/benchmark: per transaction, the rows one POST /api/v1/proposals stores (a proposal, its
-- screening with a real stored assessment document, its review case and its audit event, into the service's own
-- tables with all their indexes), in one statement: what the database alone needs for a POST, without the service.
\set n random(1, 1000000000)
with p as (
    insert into proposal (id, created_at, client, reference, institution, country, technology_area, title, description,
                          researchers, funding_sources, framework_request, latest_overall_risk, latest_screened_at)
    select gen_random_uuid(), now(), client, 'FLOOR-' || :n, institution, country, technology_area, title, description,
           researchers, funding_sources, framework_request, latest_overall_risk, now()
    from benchmark_post_template
    returning id, client, reference, latest_overall_risk),
s as (
    insert into screening (id, proposal_id, screened_at, rulebook_revision, overall_risk, dual_use_score,
                           talent_programme_score, assessment)
    select gen_random_uuid(), p.id, now(), t.rulebook_revision, p.latest_overall_risk, t.dual_use_score,
           t.talent_programme_score, t.assessment
    from p cross join benchmark_post_template t),
c as (
    insert into review_case (proposal_id, client, reference, status, overall_risk, risk_changed_at, updated_at)
    select p.id, p.client, p.reference, 'OPEN', p.latest_overall_risk, now(), now() from p)
insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id, before, after)
select gen_random_uuid(), now(), 'benchmark floor', 'SCREENING_COMPLETED', 'PROPOSAL', p.id::text, null, t.audit_after
from p cross join benchmark_post_template t;
