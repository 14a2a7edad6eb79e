-- unguessable application references (the status page is public); older rows keep their KR-yyyy-nnnnn
alter table company_application add column reference varchar(40);
update company_application set reference = 'KR-' || cast(extract(year from created_at) as varchar(4)) || '-'
    || lpad(cast(id as varchar(20)), 5, '0');
alter table company_application alter column reference set not null;
create unique index company_application_reference on company_application (reference);
-- nothing is processed before the contact person confirms the e-mail address (the token is only hashed here)
alter table company_application add column confirm_token_hash varchar(64);
alter table company_application add column confirm_expires_at timestamp;
alter table company_application add column confirmed_at timestamp;
