-- Module proposal. The id of the transaction that inserted each proposal: background work (change impact) walks
-- proposals in this order up to the oldest transaction still running, which no late commit can overtake. Proposals
-- stored before this migration share transaction id 0 and are ordered among themselves by id.
alter table proposal add column inserted_xid xid8 not null default '0';
alter table proposal alter column inserted_xid set default pg_current_xact_id();
create index proposal_insert_order_idx on proposal (inserted_xid, id);
