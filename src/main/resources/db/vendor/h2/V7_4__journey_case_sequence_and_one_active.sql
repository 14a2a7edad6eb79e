-- Journey module (H2; db/vendor/postgresql has the same for PostgreSQL): case numbers from a sequence (two nodes
-- never draw the same one), and at most one ACTIVE journey per company as a constraint of the database. H2 has no
-- partial index: a generated column holds the company id while the journey is active (null otherwise, and nulls
-- do not collide), with a unique index on it.
create sequence journey_case_number_seq start with 1;
alter sequence journey_case_number_seq restart with
    (select coalesce(max(cast(regexp_substr(case_number, '[0-9]+$') as bigint)), 0) + 1 from journey);
alter table journey add column active_company_id bigint
    generated always as (case when status = 'ACTIVE' then company_id end);
create unique index journey_one_active on journey (active_company_id);
