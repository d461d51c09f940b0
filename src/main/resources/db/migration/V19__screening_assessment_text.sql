-- Owned by the screening module. The assessment is the service's own document: written by Jackson, read back only by
-- the service, never queried inside by SQL. As jsonb, PostgreSQL parsed every stored assessment (about 0.18 ms of
-- database CPU for each, the largest single cost of storing a screening) and printed it again on every read. As text it
-- is stored and read as sent. To query one by hand, cast it: assessment::jsonb.
alter table screening alter column assessment type text using assessment::text;
