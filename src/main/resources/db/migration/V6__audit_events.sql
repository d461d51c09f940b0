-- Append-only, hash-chained audit trail. Each row's hash covers its content and the previous row's hash, so an
-- altered, inserted or removed row breaks the chain. Appends are serialised by the writer (advisory lock).
create table audit_event (
    seq           bigint primary key,
    id            uuid        not null unique,
    occurred_at   timestamptz not null,
    actor         text        not null,
    action        text        not null,
    subject_type  text        not null,
    subject_id    text        not null,
    before        jsonb,
    after         jsonb,
    previous_hash text        not null,
    hash          text        not null
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, seq desc);
create index audit_event_action_idx on audit_event (action, seq desc);
create index audit_event_subject_idx on audit_event (subject_type, subject_id, seq desc);
create index audit_event_actor_idx on audit_event (actor, seq desc);

create function audit_event_hash(seq bigint, id uuid, occurred_at timestamptz, actor text, action text,
                                 subject_type text, subject_id text, before jsonb, after jsonb, previous_hash text)
    returns text language sql immutable as $$
    select encode(sha256(convert_to(jsonb_build_array(seq, id, (extract(epoch from occurred_at) * 1000000)::bigint,
                                                      actor, action, subject_type, subject_id, before, after,
                                                      previous_hash)::text, 'UTF8')), 'hex')
$$;

create function audit_event_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_refuse_change();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_refuse_change();
