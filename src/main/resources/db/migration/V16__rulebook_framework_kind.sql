-- Owned by the rulebook module. Funder frameworks are rulebook content: each edition of a framework (its effective
-- date, outcome vocabulary, required inputs, sources and rule parameters) is a versioned rule document like any other.
alter table rule_version drop constraint rule_version_kind_check;
alter table rule_version add constraint rule_version_kind_check
    check (kind in ('INSTITUTION', 'TECHNOLOGY_CATEGORY', 'TALENT_PROGRAMME', 'COUNTRY', 'SCORING_POLICY',
                    'FRAMEWORK_EDITION'));
