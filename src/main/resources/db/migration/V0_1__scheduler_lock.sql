-- Shared by every module with a scheduled job: ShedLock's lock rows (one per job name), so a job runs on one
-- node at a time when several nodes share this database.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
