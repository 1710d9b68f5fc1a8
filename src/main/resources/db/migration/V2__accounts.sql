-- Members, staff roles and the records that keep accounts safe.
--
-- Rules every later migration follows (tests check them against the live schema):
--   * a table that holds a member's data references member(id), with ON DELETE CASCADE for
--     private data and ON DELETE SET NULL for public contributions kept anonymously;
--   * no IP address (inet/cidr) and no email column anywhere;
--   * a column whose value must never leave the server, not even in the member's own export,
--     carries the comment 'secret';
--   * every table is listed on the privacy page (PrivacyNotice), or declared to hold no
--     personal data.

create table member (
    id                   bigint generated always as identity primary key,
    username             text        not null unique
                         check (username ~ '^[a-z0-9_-]{3,30}$'),
    password_hash        text        not null,
    age_band             text        not null check (age_band in ('TEEN', 'ADULT')),
    joined_at            timestamptz not null,
    agreed_at            timestamptz not null,
    country              text        check (country ~ '^([A-Z]{2}|elsewhere)$'),
    totp_secret          text,
    totp_enabled_at      timestamptz,
    totp_last_step       bigint,
    suspended_at         timestamptz,
    suspension_reason    text        check (char_length(suspension_reason) <= 500),
    check ((suspended_at is null) = (suspension_reason is null))
);
comment on column member.password_hash is 'secret';
comment on column member.totp_secret is 'secret';

create table member_role (
    member_id bigint not null references member (id) on delete cascade,
    role      text   not null check (role in ('MEMBER', 'LISTENER', 'MODERATOR', 'EDITOR', 'ADMIN')),
    primary key (member_id, role)
);

-- Single-use recovery codes. Each code carries at least 120 bits of randomness, so a
-- SHA-256 digest is enough to keep it safe at rest (NIST SP 800-63B, look-up secrets).
create table recovery_code (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    code_hash  text        not null unique,
    created_at timestamptz not null,
    used_at    timestamptz
);
create index recovery_code_member on recovery_code (member_id);
comment on column recovery_code.code_hash is 'secret';

-- Failed sign-ins per username (existing or not, so the back-off says nothing about which
-- usernames exist). The key is a digest of the username; rows go a day after the last failure.
create table sign_in_throttle (
    username_key     text        primary key,
    failures         integer     not null check (failures > 0),
    last_failure_at  timestamptz not null
);
create index sign_in_throttle_age on sign_in_throttle (last_failure_at);

-- One-time links that create the first admin. Only digests are stored; every link dies
-- when the first admin exists.
create table admin_setup_token (
    token_hash text        primary key,
    created_at timestamptz not null
);

-- What staff did to accounts: who, what, when and why. Append-only (a trigger refuses
-- changes). Members are named by number, not by a foreign key, so the record outlives an
-- account that is deleted and holds no username.
create table audit_event (
    id          bigint generated always as identity primary key,
    occurred_at timestamptz not null,
    actor_id    bigint,
    action      text        not null,
    subject_id  bigint,
    detail      text        check (char_length(detail) <= 200),
    reason      text        check (char_length(reason) <= 500)
);
create index audit_event_occurred on audit_event (occurred_at desc);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end;
$$;

create trigger audit_event_append_only
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();
