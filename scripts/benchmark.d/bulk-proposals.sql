-- psql script of scripts/benchmark: :rows proposals with one screening each, in the schema the service uses, dated
-- before everything else; copies the client and the assessment of a proposal the benchmark stored through the API.
\set ON_ERROR_STOP on
create temporary table bulk_template as
select p.client, s.assessment from proposal p join screening s on s.proposal_id = p.id limit 1;

with inserted as (
    insert into proposal (id, created_at, reference, institution, country, technology_area, title, description,
                          researchers, funding_sources, latest_overall_risk, latest_screened_at, client)
    select gen_random_uuid(), at, 'BULK-' || i,
           (array['Chinese Academy of Sciences', 'University of Cambridge', 'Universidad de Sevilla',
                  'Harbin Institute of Technology', 'ETH Zurich', 'Sharif University of Technology'])[1 + i % 6],
           (array['CN', 'GB', 'ES', 'CN', 'CH', 'IR'])[1 + i % 6],
           (array['Flexible electronics for wearable sensors', 'River pollution monitoring',
                  'Semiconductor lithography', 'Digitisation of medieval manuscripts'])[1 + i % 4],
           'Bulk proposal ' || i, null, '[]'::jsonb, '[]'::jsonb,
           (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + (i / 6) % 4], at, t.client
    from generate_series(1, :rows) as i
         cross join bulk_template t
         cross join lateral (select now() - interval '30 days' + interval '1 millisecond' * i) as d(at)
    returning id, created_at, latest_overall_risk)
insert into screening (id, proposal_id, screened_at, rulebook_revision, overall_risk, dual_use_score,
                       talent_programme_score, assessment)
select gen_random_uuid(), inserted.id, inserted.created_at, 1, inserted.latest_overall_risk, 0, 0, t.assessment
from inserted cross join bulk_template t;

-- as an operator does after a bulk load: sets the visibility map, so autovacuum does not do it during the measurements
vacuum (analyze) proposal;
vacuum (analyze) screening;
