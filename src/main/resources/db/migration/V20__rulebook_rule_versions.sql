-- Every rule as a JSON document valid from one revision until (excluding) another: the rulebook as of revision n
-- is every row with valid_from_revision <= n < coalesce(valid_to_revision, infinity) that is not retired.
-- An edit closes the current row and inserts its successor; nothing is ever deleted.
create table rule_version (
    kind                text    not null check (kind in ('INSTITUTION', 'TECHNOLOGY_CATEGORY', 'TALENT_PROGRAMME',
                                                         'COUNTRY', 'SCORING_POLICY')),
    rule_key            text    not null,
    valid_from_revision integer not null references rulebook_revision (revision),
    valid_to_revision   integer references rulebook_revision (revision),
    retired             boolean not null default false,
    sort_key            text    not null,
    document            jsonb   not null,
    primary key (kind, rule_key, valid_from_revision),
    check (valid_to_revision is null or valid_to_revision > valid_from_revision)
);
create unique index rule_version_current_idx on rule_version (kind, rule_key) where valid_to_revision is null;
create index rule_version_from_idx on rule_version (valid_from_revision);
create index rule_version_to_idx on rule_version (valid_to_revision);

-- Baseline: the seeded tables become the documents of the latest revision, in the shape of the rule records.
insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
select 'INSTITUTION', i.id::text, r.revision, i.name,
       jsonb_build_object(
           'id', i.id, 'name', i.name, 'country', i.country, 'parentId', i.parent_id,
           'aliases', coalesce((select jsonb_agg(a.alias order by a.alias) from institution_alias a
                                where a.institution_id = i.id), '[]'::jsonb),
           'listings', coalesce((select jsonb_agg(jsonb_build_object(
                                        'listCode', l.list_code, 'listName', w.name, 'current', l.status = 'CURRENT',
                                        'rating', l.rating, 'editions', l.editions, 'nameAsListed', l.name_as_listed,
                                        'source', jsonb_build_object('name', l.source_name, 'url', l.source_url,
                                                  'date', coalesce(l.listed_on::text, l.rating_date::text)))
                                        order by l.list_code, l.name_as_listed)
                                 from institution_listing l join watch_list w on w.code = l.list_code
                                 where l.institution_id = i.id), '[]'::jsonb))
from institution i, (select max(revision) as revision from rulebook_revision) r
where i.retired_at is null and r.revision is not null;

insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
select 'TECHNOLOGY_CATEGORY', c.code, r.revision, c.code,
       jsonb_build_object(
           'code', c.code, 'name', c.name, 'parentCode', c.parent_code, 'points', c.points,
           'keywords', coalesce((select jsonb_agg(k.keyword order by k.keyword) from technology_keyword k
                                 where k.category_code = c.code), '[]'::jsonb),
           'controlListRefs', c.control_list_refs,
           'source', jsonb_build_object('name', c.source_name, 'url', c.source_url, 'date', null))
from technology_category c, (select max(revision) as revision from rulebook_revision) r
where c.retired_at is null and r.revision is not null;

insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
select 'TALENT_PROGRAMME', p.id::text, r.revision, p.code,
       jsonb_build_object(
           'id', p.id, 'code', p.code, 'name', p.name, 'parentId', p.parent_id, 'country', p.country,
           'aliases', coalesce((select jsonb_agg(a.alias order by a.alias) from talent_programme_alias a
                                where a.programme_id = p.id), '[]'::jsonb),
           'source', jsonb_build_object('name', p.source_name, 'url', p.source_url, 'date', p.dod_1286_editions))
from talent_programme p, (select max(revision) as revision from rulebook_revision) r
where p.retired_at is null and r.revision is not null;

insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
select 'COUNTRY', c.code, r.revision, c.code,
       jsonb_build_object(
           'code', c.code, 'name', c.name,
           'designations', coalesce((select jsonb_agg(jsonb_build_object('basis', d.basis, 'source',
                                            jsonb_build_object('name', d.source_name, 'url', d.source_url, 'date', null))
                                            order by d.basis)
                                     from country_designation d where d.country_code = c.code), '[]'::jsonb))
from country c, (select max(revision) as revision from rulebook_revision) r
where c.of_concern and r.revision is not null;

insert into rule_version (kind, rule_key, valid_from_revision, sort_key, document)
select 'SCORING_POLICY', 'default', r.revision, 'default',
       jsonb_build_object(
           'parameters', coalesce((select jsonb_object_agg(p.key, p.value) from scoring_parameter p), '{}'::jsonb),
           'parameterSources', coalesce((select jsonb_object_agg(p.key, jsonb_build_object('name', p.source_name,
                                                 'url', p.source_url, 'date', null))
                                         from scoring_parameter p where p.source_name is not null), '{}'::jsonb),
           'combinationRules', coalesce((select jsonb_agg(jsonb_build_object(
                                                 'code', c.code, 'riskType', c.risk_type,
                                                 'requires', (select jsonb_agg(btrim(x)) from unnest(string_to_array(c.requires, ',')) x),
                                                 'raisesTo', c.raises_to, 'description', c.description,
                                                 'source', jsonb_build_object('name', c.source_name, 'url', c.source_url, 'date', null))
                                                 order by c.code)
                                         from combination_rule c), '[]'::jsonb),
           'mitigations', coalesce((select jsonb_object_agg(k.finding_kind, k.items) from (
                                        select m.finding_kind, jsonb_agg(jsonb_build_object('findingKind', m.finding_kind,
                                               'text', m.text, 'source', jsonb_build_object('name', m.source_name,
                                               'url', m.source_url, 'date', null)) order by m.position) as items
                                        from mitigation m group by m.finding_kind) k), '{}'::jsonb))
from (select max(revision) as revision from rulebook_revision) r
where r.revision is not null;
