-- Journey module (PostgreSQL; db/vendor/h2 has the same for H2): case numbers from a sequence (two nodes never
-- draw the same one), and at most one ACTIVE journey per company as a partial unique index.
create sequence journey_case_number_seq start with 1;
select setval('journey_case_number_seq',
              coalesce((select max(cast(substring(case_number from '[0-9]+$') as bigint)) from journey), 0) + 1, false);
create unique index journey_one_active on journey (company_id) where status = 'ACTIVE';
