-- a one-time link (set password, reset password) is made when the message is sent and never stored:
-- the body keeps the placeholder {link}, these columns say which link to make
alter table outbox_message add column link_user_id bigint;
alter table outbox_message add column link_kind varchar(40);
