-- Coaching module: a development plan belongs to a journey (journey_id, null for one outside any journey); a
-- company's next journey gets a plan of its own, the latest plan is the one the views show.
alter table development_plan add column journey_id bigint;
alter table development_plan drop constraint development_plan_company;
alter table development_plan add constraint development_plan_journey unique (journey_id);
create index development_plan_by_company on development_plan (company_id);
