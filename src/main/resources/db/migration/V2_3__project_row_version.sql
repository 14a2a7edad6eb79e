-- Project module: optimistic locking of projects and delprojekt (two managers editing at once).
alter table project add column row_version bigint not null default 0;
alter table subproject add column row_version bigint not null default 0;
