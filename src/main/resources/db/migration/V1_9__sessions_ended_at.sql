-- When a user's sessions were last ended (role, scope, status, second factor or password changed): every node
-- ends a session signed in before it, so that a change made on one node reaches the sessions held by the other.
alter table app_user add column sessions_ended_at timestamp;
