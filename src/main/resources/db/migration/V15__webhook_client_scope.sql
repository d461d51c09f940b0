-- Module webhook. A webhook belongs to the client whose key registered it and receives that client's events only,
-- unless registered for every client by a caller who sees every client. Webhooks registered before this migration
-- received every client's events and keep doing so (no owner recorded: all_clients), until an operator replaces them.
alter table webhook_subscription
    add column client      text,
    add column all_clients boolean not null default false;
update webhook_subscription set all_clients = true;
create index webhook_subscription_client_idx on webhook_subscription (client);
