-- Module casework: review cases, dispositions, decisions, approvals and conditions.
-- Dispositions, decisions, approvals, conditions and condition changes are append-only: a trigger refuses any update
-- or delete. The case row is the review queue's summary of that history (status, assignee, risk), kept for filtering
-- and ordering; every change to it is in the audit trail.
create table review_case (
    proposal_id     uuid primary key,
    client          text not null,
    reference       text,
    status          text not null check (status in ('OPEN', 'IN_REVIEW', 'AWAITING_SECOND_APPROVAL', 'DECIDED',
                                                    'REOPENED')),
    overall_risk    text not null check (overall_risk in ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    risk_changed_at timestamptz not null,
    assignee        text,
    decision_id     uuid,
    updated_at      timestamptz not null
);
create index review_case_queue_idx on review_case (risk_changed_at desc, proposal_id desc);
create index review_case_client_queue_idx on review_case (client, risk_changed_at desc, proposal_id desc);
create index review_case_status_queue_idx on review_case (status, risk_changed_at desc, proposal_id desc);
create index review_case_assignee_queue_idx on review_case (assignee, risk_changed_at desc, proposal_id desc);

-- Every proposal stored before this migration gets its case.
insert into review_case (proposal_id, client, reference, status, overall_risk, risk_changed_at, updated_at)
select id, client, reference, 'OPEN', latest_overall_risk, coalesce(latest_screened_at, created_at), now()
from proposal where latest_overall_risk is not null;

create table case_disposition (
    id            uuid primary key,
    proposal_id   uuid        not null references review_case (proposal_id),
    screening_id  uuid        not null,
    rule_id       text        not null,
    field         text,
    disposition   text        not null check (disposition in ('FALSE_POSITIVE', 'CONFIRMED')),
    reason        text        not null check (length(btrim(reason)) > 0),
    rule_revision integer     not null,
    recorded_by   text        not null,
    recorded_at   timestamptz not null
);
create index case_disposition_proposal_idx on case_disposition (proposal_id, recorded_at, id);

create table case_decision (
    id             uuid primary key,
    proposal_id    uuid        not null references review_case (proposal_id),
    screening_id   uuid        not null,
    overall_risk   text        not null,
    outcome        text        not null check (outcome in ('APPROVED', 'APPROVED_WITH_CONDITIONS', 'DECLINED')),
    rationale      text        not null check (length(btrim(rationale)) > 0),
    needs_approval boolean     not null,
    decided_by     text        not null,
    decided_by_key uuid,
    decided_at     timestamptz not null
);
create index case_decision_proposal_idx on case_decision (proposal_id, decided_at, id);

-- One second approval per decision, by another key's principal than the one that decided.
create table case_approval (
    id              uuid primary key,
    decision_id     uuid        not null unique references case_decision (id),
    approved_by     text        not null,
    approved_by_key uuid,
    approved_at     timestamptz not null
);

create table case_condition (
    id              uuid primary key,
    decision_id     uuid    not null references case_decision (id),
    position        integer not null,
    text            text    not null,
    from_mitigation boolean not null,
    unique (decision_id, position)
);

-- A condition's status is its latest change; the first (OPEN) is written with the decision.
create table case_condition_change (
    id           uuid primary key,
    condition_id uuid        not null references case_condition (id),
    status       text        not null check (status in ('OPEN', 'MET', 'WAIVED')),
    note         text,
    changed_by   text        not null,
    changed_at   timestamptz not null
);
create index case_condition_change_idx on case_condition_change (condition_id, changed_at, id);

create function casework_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: rows are never updated or deleted', tg_table_name;
end $$;

create trigger case_disposition_append_only before update or delete on case_disposition
    for each row execute function casework_append_only();
create trigger case_decision_append_only before update or delete on case_decision
    for each row execute function casework_append_only();
create trigger case_approval_append_only before update or delete on case_approval
    for each row execute function casework_append_only();
create trigger case_condition_append_only before update or delete on case_condition
    for each row execute function casework_append_only();
create trigger case_condition_change_append_only before update or delete on case_condition_change
    for each row execute function casework_append_only();
