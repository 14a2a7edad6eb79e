-- Survey module: a response belongs to a journey (journey_id, null for one outside any journey), so a company
-- that withdrew or finished can answer again on its next journey; the company's latest response per round is
-- the one its views show.
alter table survey_response add column journey_id bigint;
alter table survey_response drop constraint survey_response_company_round;
alter table survey_response add constraint survey_response_journey_round unique (journey_id, survey_round);
create index survey_response_by_company on survey_response (company_id, survey_round);
