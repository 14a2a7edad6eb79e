-- Mail module: a node claims a message (atomic update of claimed_by/claimed_until) before it sends it, so two
-- nodes never send the same message; a claim left by a node that died expires and another node sends it again
-- with the same Message-ID (message_id), which lets a mail client recognise the resend.
alter table outbox_message add column claimed_by varchar(100);
alter table outbox_message add column claimed_until timestamp;
alter table outbox_message add column message_id varchar(200);
