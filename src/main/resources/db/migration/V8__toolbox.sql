-- The self-help toolbox: shared coping activities (edited through the editorial workflow,
-- like articles and paths), and what is private to one member: their favourites, their own
-- activities, their safety plan and their mood and urge journal. Everything private is
-- deleted with the member (ON DELETE CASCADE) and names them, so the export finds it.

create table coping_activity (
    id                 bigint generated always as identity primary key,
    slug               text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    category           text        not null check (category in ('DISTRACT', 'COMFORT', 'EXPRESS', 'RELEASE', 'BREATHE', 'GROUND')),
    title              text        not null check (char_length(title) between 1 and 120),
    summary            text        not null check (char_length(summary) between 1 and 300),
    minutes            integer     not null check (minutes between 1 and 60),
    markdown           text        not null,
    -- Rendered once, when the activity is published (the library's Markdown pipeline).
    html               text        not null,
    state              text        not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    latest_revision    integer     not null check (latest_revision > 0),
    submitted_revision integer     check (submitted_revision <= latest_revision),
    published_revision integer     check (published_revision <= latest_revision),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index coping_activity_live on coping_activity (state, category, title);

-- Activities a member added for themselves. No one else sees them.
create table own_activity (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    title      text        not null check (char_length(title) between 1 and 120),
    note       text        check (char_length(note) <= 2000),
    created_at timestamptz not null,
    updated_at timestamptz not null
);
create index own_activity_member on own_activity (member_id, title);

create table favourite_activity (
    member_id   bigint      not null references member (id) on delete cascade,
    activity_id bigint      not null references coping_activity (id) on delete cascade,
    created_at  timestamptz not null,
    primary key (member_id, activity_id)
);
create index favourite_activity_activity on favourite_activity (activity_id);

-- A member's safety plan (the Stanley-Brown sections), one per member. Each section is
-- the member's own words, one item per line. Version counts saves, so a save from an
-- out-of-date device is noticed rather than overwriting.
create table safety_plan (
    member_id     bigint      primary key references member (id) on delete cascade,
    warning_signs text        not null check (char_length(warning_signs) <= 4000),
    coping        text        not null check (char_length(coping) <= 4000),
    distractions  text        not null check (char_length(distractions) <= 4000),
    people        text        not null check (char_length(people) <= 4000),
    professionals text        not null check (char_length(professionals) <= 4000),
    surroundings  text        not null check (char_length(surroundings) <= 4000),
    reasons       text        not null check (char_length(reasons) <= 4000),
    version       integer     not null check (version > 0),
    created_at    timestamptz not null,
    updated_at    timestamptz not null
);

-- The mood and urge journal. The day is the member's own choice (their calendar, not the
-- server's clock); written_at orders entries within a day.
create table journal_entry (
    id         bigint generated always as identity primary key,
    member_id  bigint      not null references member (id) on delete cascade,
    day        date        not null,
    mood       integer     check (mood between 1 and 5),
    urge       integer     check (urge between 0 and 10),
    situation  text        check (char_length(situation) <= 2000),
    note       text        check (char_length(note) <= 5000),
    written_at timestamptz not null,
    updated_at timestamptz not null,
    check (mood is not null or urge is not null)
);
create index journal_entry_member_day on journal_entry (member_id, day, written_at);

-- What helped, for one entry: a shared activity or one of the member's own.
create table journal_helped (
    entry_id        bigint not null references journal_entry (id) on delete cascade,
    member_id       bigint not null references member (id) on delete cascade,
    activity_id     bigint references coping_activity (id) on delete cascade,
    own_activity_id bigint references own_activity (id) on delete cascade,
    check (num_nonnulls(activity_id, own_activity_id) = 1)
);
create unique index journal_helped_activity on journal_helped (entry_id, activity_id) where activity_id is not null;
create unique index journal_helped_own on journal_helped (entry_id, own_activity_id) where own_activity_id is not null;
create index journal_helped_entry on journal_helped (entry_id);
create index journal_helped_member on journal_helped (member_id);
