-- Journey module: every company task gets reminders; the survey's own timeline entries become reminders of
-- Task_FillInSurvey (arguments: the task definition key, how many recipients).
update journey_event set type = 'REMINDER_SENT',
       arguments = case when arguments is null then '["Task_FillInSurvey"]'
                        else concat('["Task_FillInSurvey",', substr(arguments, 2)) end
 where type = 'SURVEY_REMINDER';
