-- Company module: optimistic locking of the company register's rows.
alter table company add column row_version bigint not null default 0;
