create table webhook_subscription (
    id         uuid primary key,
    url        text not null,
    events     text[] not null,
    secret     text not null,
    created_at timestamptz not null
);

-- The outbox and the delivery log in one: a row is written in the transaction of the screening that changed the
-- risk, and the delivery worker sends it from here, so an event survives a crash or restart.
create table webhook_delivery (
    id               uuid primary key,
    subscription_id  uuid not null references webhook_subscription (id) on delete cascade,
    event_id         uuid not null,
    event_type       text not null,
    payload          text not null,
    status           text not null check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer not null default 0,
    created_at       timestamptz not null,
    next_attempt_at  timestamptz,
    last_attempt_at  timestamptz,
    last_status_code integer,
    last_error       text,
    delivered_at     timestamptz
);
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_subscription_idx on webhook_delivery (subscription_id, created_at desc);
