-- Journey module: timeline entries carry structured arguments (a JSON array of strings) beside the free-text note
-- (the old "detail" column), and a withdrawn journey remembers the phase it was in.
alter table journey_event add column arguments varchar(2000);
update journey_event set arguments = concat('["', detail, '"]'), detail = null
 where type in ('PHASE_CHANGED', 'TRAINING_BOOKED', 'ATTENDANCE_REPORTED', 'ATTENDANCE_APPROVED', 'COACH_REASSIGNED',
                'SURVEY_REMINDER')
   and detail is not null;
alter table journey add column withdrawn_from varchar(20);
