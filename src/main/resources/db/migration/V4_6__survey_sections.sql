-- Survey module: sections with owners. The company's contact may give a section of a response to a colleague (a
-- COMPANY user of the same company, by account id: no name or address is copied here); the colleague answers it,
-- the contact answers the rest and submits. changed_version is the response version at the section's last
-- change, so two people answering different sections at the same time do not see each other's saves as a
-- conflict (only a change of the same section since the page was loaded is one).
create table survey_section (
    response_id     bigint      not null references survey_response (id),
    section_key     varchar(60) not null,
    owner_user_id   bigint,
    changed_version bigint,
    constraint survey_section_pk primary key (response_id, section_key)
);
