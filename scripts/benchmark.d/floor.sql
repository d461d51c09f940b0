-- pgbench script of scripts/benchmark: one ~2 KB jsonb row per transaction (autocommit), like one stored screening.
\set n random(1, 1000000000)
insert into benchmark_floor (doc)
values (jsonb_build_object('n', :n, 'institution', 'Chinese Academy of Sciences', 'country', 'CN',
                           'text', repeat(md5(:n::text), 60)));
