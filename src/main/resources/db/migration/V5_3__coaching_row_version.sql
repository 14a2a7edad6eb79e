-- Coaching module: optimistic locking of plans, their actions and coaching sessions.
alter table development_plan add column row_version bigint not null default 0;
alter table planned_activity add column row_version bigint not null default 0;
alter table coaching_session add column row_version bigint not null default 0;
