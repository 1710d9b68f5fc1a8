-- Browsers a member signed in from, so that a stranger guessing at their password can't
-- keep them out: the per-username back-off does not apply to a browser that holds one of
-- these tokens (in the hf_device cookie, 30 days). Only a digest of the
-- token is kept. Signing out clears the browser's cookies, so a shared device forgets it;
-- a password change or "sign out everywhere" forgets every device.
create table known_device (
    token_digest bytea       primary key,
    member_id    bigint      not null references member (id) on delete cascade,
    last_used_at timestamptz not null
);
create index known_device_member on known_device (member_id, last_used_at desc);
comment on column known_device.token_digest is 'secret';
