-- Training and catalogue: optimistic locking of training activities, attendance months and catalogue courses.
alter table training_activity add column row_version bigint not null default 0;
alter table attendance add column row_version bigint not null default 0;
alter table training_course add column row_version bigint not null default 0;
