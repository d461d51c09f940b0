-- Owned by the cluster module. ShedLock's table: a scheduled job that must run once per cluster, not once per
-- instance, holds its row until lock_until; times come from the database's clock, not the instances'.
create table shedlock (
    name       varchar(64) primary key,
    lock_until timestamptz not null,
    locked_at  timestamptz not null,
    locked_by  varchar(255) not null
);
