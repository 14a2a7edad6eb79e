-- Participant module: a month still unanswered after kompetensresan.participant.escalate-after is told to the
-- coaches, once per sending.
alter table participant_month add column escalated_at timestamp;
