-- Module security: the REVIEWER role (records dispositions and decisions on its client's proposals).
alter table api_key drop constraint api_key_roles_check;
alter table api_key add constraint api_key_roles_check check (cardinality(roles) > 0
    and roles <@ array['SCREENER', 'AUDITOR', 'RULEBOOK_EDITOR', 'ADMIN', 'REVIEWER']);
