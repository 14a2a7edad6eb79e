-- Every service call reads the signed-in user by username, case-insensitively. upper(username) = upper(?) cannot use
-- the unique index on username, so each look-up read the whole table; the lower-cased username gets its own unique
-- index (and two usernames that differ only in case, which the application never allowed, cannot exist).
alter table app_user add column username_key varchar(100);
update app_user set username_key = lower(username);
alter table app_user alter column username_key set not null;
create unique index app_user_by_username_key on app_user (username_key);
