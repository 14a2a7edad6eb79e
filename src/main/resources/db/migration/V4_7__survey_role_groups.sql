-- Survey module: the competence matrix may be answered per role group (yrkesgrupp, part of the questionnaire
-- definition): such a row's code is "<area>@<group>", so the row code needs room for both keys (60 + 1 + 60).
alter table survey_value alter column row_code set data type varchar(130);
