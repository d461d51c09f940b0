-- psql script of scripts/benchmark: :rows audit records, unsealed; the service's sealer chains and seals them.
\set ON_ERROR_STOP on
insert into audit_record (id, occurred_at, actor, action, subject_type, subject_id, before, after)
select gen_random_uuid(), now() - interval '30 days' + interval '1 millisecond' * i, 'benchmark', 'SCREENING_COMPLETED',
       'PROPOSAL', gen_random_uuid()::text, null,
       jsonb_build_object('overallRisk', (array['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])[1 + i % 4], 'rulebookRevision', 1)
from generate_series(1, :rows) as i;
vacuum (analyze) audit_record;
