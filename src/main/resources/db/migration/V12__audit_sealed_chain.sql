-- Module audit. The trail without a global lock: requests append unsealed records (audit_record) in their own
-- transaction; one sealer per cluster appends their place in the chain (audit_seal: sequence, HMAC key id, previous
-- hash, hash) in batches. Both tables are append-only for the application's runtime role (INSERT and SELECT only,
-- granted by audit.RuntimeRoleGrants), and triggers refuse UPDATE, DELETE and TRUNCATE for everyone else.
create table audit_record (
    pos          bigserial primary key,
    id           uuid        not null unique,
    -- The writing transaction: every row of a transaction still running has txid >= the sealer's snapshot xmin.
    txid         xid8        not null default pg_current_xact_id(),
    occurred_at  timestamptz not null,
    actor        text        not null,
    action       text        not null,
    subject_type text        not null,
    subject_id   text        not null,
    before       jsonb,
    after        jsonb
);
create index audit_record_txid_idx on audit_record (txid);
create index audit_record_occurred_idx on audit_record (occurred_at desc, pos desc);
create index audit_record_action_idx on audit_record (action, pos desc);
create index audit_record_subject_idx on audit_record (subject_type, subject_id, pos desc);
create index audit_record_actor_idx on audit_record (actor, pos desc);

-- One row per sealed record. The primary key on seq makes a fork impossible: two sealers cannot both append seq n.
create table audit_seal (
    seq           bigint      primary key check (seq > 0),
    record_pos    bigint      not null unique references audit_record (pos),
    key_id        text        not null,
    previous_hash text        not null,
    hash          text        not null,
    sealed_at     timestamptz not null default now(),
    -- Every record of a transaction below this xid was sealed when this row was written: the sealer's next scan
    -- starts here instead of at the beginning of the trail.
    scan_floor    xid8        not null
);

-- Verified heads, each signed with the HMAC key; verification starts from the newest valid one.
create table audit_checkpoint (
    seq        bigint      primary key references audit_seal (seq),
    hash       text        not null,
    key_id     text        not null,
    signature  text        not null,
    created_at timestamptz not null default now()
);

-- The canonical text of a record's content, the input of its keyed hash (with seq, previous hash and key id).
create function audit_record_content(id uuid, occurred_at timestamptz, actor text, action text, subject_type text,
                                     subject_id text, before jsonb, after jsonb)
    returns text language sql immutable as $$
    select jsonb_build_array(id, (extract(epoch from occurred_at) * 1000000)::bigint, actor, action, subject_type,
                             subject_id, before, after)::text
$$;

-- The events of V6, sealed with the unkeyed SHA-256 of audit_event_hash, keep their sequence and hashes.
insert into audit_record (pos, id, occurred_at, actor, action, subject_type, subject_id, before, after)
select seq, id, occurred_at, actor, action, subject_type, subject_id, before, after from audit_event order by seq;
insert into audit_seal (seq, record_pos, key_id, previous_hash, hash, sealed_at, scan_floor)
select seq, seq, 'legacy-sha256', previous_hash, hash, occurred_at, pg_current_xact_id() from audit_event order by seq;
select setval(pg_get_serial_sequence('audit_record', 'pos'), coalesce((select max(pos) from audit_record), 1),
              exists (select 1 from audit_record));
drop table audit_event;

-- The sealed trail in one view, as V6's table showed it, for operators' queries.
create view audit_event as
select s.seq, r.id, r.occurred_at, r.actor, r.action, r.subject_type, r.subject_id, r.before, r.after,
       s.previous_hash, s.hash, s.key_id
from audit_seal s join audit_record r on r.pos = s.record_pos;

create function audit_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op;
end
$$;

create trigger audit_record_append_only before update or delete on audit_record
    for each row execute function audit_refuse_change();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_refuse_change();
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_refuse_change();
create trigger audit_seal_no_truncate before truncate on audit_seal
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();
