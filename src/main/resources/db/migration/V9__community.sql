-- The community (spaces, threads, posts, reactions, mutes and visits) and its moderation
-- (screening rules, the review queue, reports, notices to writers, appeals and suspensions
-- from posting). Every moderator action is also written to the append-only audit_event.
--
-- What a member wrote in public names them with ON DELETE SET NULL: when they delete their
-- account they choose to delete it or leave it without their name. What is private to them
-- (reactions, mutes, visits, notices, suspensions) goes with them (ON DELETE CASCADE).

create table community_space (
    id                          bigint generated always as identity primary key,
    slug                        text    not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name                        text    not null check (char_length(name) between 1 and 80),
    description                 text    not null check (char_length(description) between 1 and 400),
    guidelines                  text    not null check (char_length(guidelines) <= 4000),
    audience                    text    not null check (audience in ('ADULT', 'TEEN')),
    premoderated                boolean not null,
    new_accounts_may_post       boolean not null,
    method_policy               text    not null check (method_policy in ('HOLD', 'REVISE')),
    posts_per_hour              integer not null check (posts_per_hour between 1 and 1000),
    new_account_posts_per_hour  integer not null check (new_account_posts_per_hour between 1 and 1000),
    position                    integer not null
);

create table community_thread (
    id               bigint generated always as identity primary key,
    space_id         bigint      not null references community_space (id),
    author_id        bigint      references member (id) on delete set null,
    title            text        not null check (char_length(title) between 1 and 150),
    created_at       timestamptz not null,
    -- When the latest visible post went up: threads are listed by this, never by engagement.
    last_activity_at timestamptz not null,
    -- Visible replies, kept with each change so the space list needs no count.
    reply_count      integer     not null default 0 check (reply_count >= 0),
    -- Whether the thread is listed: its opening post is published (or was, and was deleted
    -- after others replied).
    listed           boolean     not null,
    locked_at        timestamptz
);
create index community_thread_listing on community_thread (space_id, last_activity_at desc, id desc) where listed;
create index community_thread_author on community_thread (author_id);

create table community_post (
    id              bigint generated always as identity primary key,
    thread_id       bigint      not null references community_thread (id) on delete cascade,
    author_id       bigint      references member (id) on delete set null,
    opener          boolean     not null,
    body            text        not null check (char_length(body) <= 10000),
    -- The sanitised HTML of the body, rendered once when the post is written or changed.
    html            text        not null,
    content_warning text        check (char_length(content_warning) between 1 and 100),
    created_at      timestamptz not null,
    edited_at       timestamptz,
    -- PUBLISHED: everyone in the space sees it. PENDING: waiting for a moderator (held by a
    -- check, pre-moderation or reports). REVISION: the writer was asked to change it.
    -- HIDDEN: a moderator hid it. DELETED: its writer deleted it, and its text is gone.
    state           text        not null check (state in ('PUBLISHED', 'PENDING', 'REVISION', 'HIDDEN', 'DELETED'))
);
create index community_post_thread on community_post (thread_id, created_at, id);
create index community_post_author on community_post (author_id, created_at desc);

-- Earlier versions of a post, kept when its writer changes it, for moderators only.
create table community_post_version (
    id              bigint generated always as identity primary key,
    post_id         bigint      not null references community_post (id) on delete cascade,
    title           text,
    body            text        not null,
    content_warning text,
    written_at      timestamptz not null,
    replaced_at     timestamptz not null
);
create index community_post_version_post on community_post_version (post_id, replaced_at);

create table community_reaction (
    post_id    bigint      not null references community_post (id) on delete cascade,
    member_id  bigint      not null references member (id) on delete cascade,
    kind       text        not null check (kind in ('HEAR', 'STRENGTH')),
    reacted_at timestamptz not null,
    primary key (post_id, member_id, kind)
);
create index community_reaction_member on community_reaction (member_id);

-- When a member last opened a thread, for "new since your last visit".
create table community_visit (
    member_id bigint      not null references member (id) on delete cascade,
    thread_id bigint      not null references community_thread (id) on delete cascade,
    seen_at   timestamptz not null,
    primary key (member_id, thread_id)
);

-- Words and phrases a member would rather not read; posts and threads with them are collapsed.
create table community_mute (
    member_id bigint      not null references member (id) on delete cascade,
    phrase    text        not null check (char_length(phrase) between 2 and 60),
    muted_at  timestamptz not null,
    primary key (member_id, phrase)
);

-- The rules a post is checked against before it goes up, which moderators tune. Seeded from
-- moderation/screening-rules.txt on first start.
create table screening_rule (
    id         bigint generated always as identity primary key,
    kind       text        not null check (kind in ('CRISIS', 'METHOD', 'CONTACT')),
    mode       text        not null check (mode in ('MATCH', 'UNLESS', 'MODEL_UNLESS')),
    name       text        not null unique check (name ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and char_length(name) <= 60),
    pattern    text        not null check (char_length(pattern) between 1 and 2000),
    active     boolean     not null,
    position   integer     not null,
    changed_at timestamptz not null
);

create table report_reason (
    code     text    primary key check (code ~ '^[a-z]+(-[a-z]+)*$'),
    label    text    not null check (char_length(label) between 1 and 120),
    hint     text    not null check (char_length(hint) <= 300),
    -- Reports for an urgent reason count as a crisis flag in the queue.
    urgent   boolean not null,
    position integer not null,
    active   boolean not null
);
insert into report_reason (code, label, hint, urgent, position, active) values
    ('danger', 'Someone may be in danger', 'The writer sounds like they might hurt themselves soon, or someone else might be at risk.', true, 1, true),
    ('method', 'Describes ways of self-harm', 'It gives details of how, what with, how much or where.', false, 2, true),
    ('contact', 'Shares contact details or asks to talk off Holdfast', 'Phone numbers, emails, social media, or asking to meet or message somewhere else.', false, 3, true),
    ('age', 'Someone may be in the wrong age space', 'An adult in the teen space, or a teenager in an adult space.', false, 4, true),
    ('unkind', 'Unkind, bullying or hateful', 'It puts someone down, shames them or targets who they are.', false, 5, true),
    ('graphic', 'Upsetting without a content warning', 'It is hard to read and has no content warning.', false, 6, true),
    ('spam', 'Spam or advertising', 'Selling something, or the same message again and again.', false, 7, true),
    ('other', 'Something else', 'Tell us what worries you in the note.', false, 8, true);

-- One row per post or profile waiting for a moderator: held by a check or pre-moderation,
-- flagged for crisis language, or reported. Closed when a moderator decides.
create table moderation_item (
    id          bigint generated always as identity primary key,
    post_id     bigint      references community_post (id) on delete cascade,
    profile_id  bigint      references member (id) on delete cascade,
    crisis      boolean     not null default false,
    method      boolean     not null default false,
    -- Why the post is not public while it waits: pre-moderation, a method check, or reports
    -- outside staffed hours. Null when it is public while it waits.
    held        text        check (held in ('PREMODERATION', 'METHOD', 'REVIEW_ASKED', 'REPORTS')),
    opened_at   timestamptz not null,
    closed_at   timestamptz,
    closed_by   bigint      references member (id) on delete set null,
    outcome     text        check (outcome in ('APPROVED', 'HIDDEN', 'REVISION', 'WARNED', 'SUSPENDED', 'WITHDRAWN')),
    check ((post_id is null) <> (profile_id is null))
);
create unique index moderation_item_open_post on moderation_item (post_id) where closed_at is null;
create unique index moderation_item_open_profile on moderation_item (profile_id) where closed_at is null;
create index moderation_item_queue on moderation_item (opened_at) where closed_at is null;

create table moderation_report (
    id          bigint generated always as identity primary key,
    item_id     bigint      not null references moderation_item (id) on delete cascade,
    reporter_id bigint      references member (id) on delete set null,
    reason      text        not null references report_reason (code),
    note        text        check (char_length(note) <= 1000),
    reported_at timestamptz not null
);
create index moderation_report_item on moderation_report (item_id);
create index moderation_report_reporter on moderation_report (reporter_id, reported_at desc);

-- Private messages from the moderators to a member: why a post was hidden or needs changing,
-- a warning, a suspension. The member may appeal once; a moderator answers.
create table moderation_notice (
    id                 bigint generated always as identity primary key,
    member_id          bigint      not null references member (id) on delete cascade,
    item_id            bigint      references moderation_item (id) on delete set null,
    post_id            bigint      references community_post (id) on delete set null,
    kind               text        not null check (kind in ('HIDDEN', 'REVISION', 'WARNED', 'SUSPENDED')),
    reason             text        not null check (char_length(reason) between 1 and 1000),
    sent_at            timestamptz not null,
    read_at            timestamptz,
    appeal             text        check (char_length(appeal) between 1 and 2000),
    appealed_at        timestamptz,
    appeal_outcome     text        check (appeal_outcome in ('UPHELD', 'DECLINED')),
    appeal_answer      text        check (char_length(appeal_answer) <= 1000),
    appeal_decided_at  timestamptz,
    appeal_decided_by  bigint      references member (id) on delete set null,
    check ((appeal is null) = (appealed_at is null))
);
create index moderation_notice_member on moderation_notice (member_id, sent_at desc);
create index moderation_notice_appeals on moderation_notice (appealed_at) where appealed_at is not null and appeal_outcome is null;

-- Suspensions from posting in the community (a member keeps their toolbox, plan and journal).
-- Each rung of the ladder is longer; ends_at null is permanent.
create table community_suspension (
    id           bigint generated always as identity primary key,
    member_id    bigint      not null references member (id) on delete cascade,
    notice_id    bigint      references moderation_notice (id) on delete set null,
    starts_at    timestamptz not null,
    ends_at      timestamptz,
    lifted_at    timestamptz
);
create index community_suspension_member on community_suspension (member_id, starts_at desc);
