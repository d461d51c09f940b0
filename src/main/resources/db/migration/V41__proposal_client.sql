-- Proposals belong to the client (organisation) whose API key submitted them; rows from before keys existed
-- belong to the client 'default', the client of the bootstrap ADMIN key.
alter table proposal add column client text not null default 'default';
alter table proposal alter column client drop default;
create index proposal_client_created_idx on proposal (client, created_at desc, id desc);
