alter table project add column co_financing_percent integer not null default 0;
alter table subproject add column planned_women_percent integer not null default 0;
create table project_unit_cost (
    project_id    bigint        not null references project (id),
    cost_year     integer       not null,
    cost_per_hour numeric(10, 2) not null,
    primary key (project_id, cost_year)
);
