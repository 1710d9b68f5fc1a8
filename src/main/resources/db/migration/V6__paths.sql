-- Growth paths: short guided courses of steps. Steps have a stable key within their path,
-- and progress points at steps, never at positions, so an editor can reorder, add and
-- remove steps without corrupting anyone's progress. A removed step is retired, not
-- deleted: it stops counting, and the progress and reflections that point at it stay.

create table path (
    id                 bigint generated always as identity primary key,
    slug               text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title              text        not null check (char_length(title) between 1 and 200),
    summary            text        not null check (char_length(summary) between 1 and 300),
    audience           text        not null check (char_length(audience) between 1 and 200),
    content_warning    text        check (char_length(content_warning) <= 300),
    state              text        not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    latest_revision    integer     not null check (latest_revision > 0),
    submitted_revision integer     check (submitted_revision <= latest_revision),
    published_revision integer     check (published_revision <= latest_revision),
    created_at         timestamptz not null,
    updated_at         timestamptz not null
);
create index path_published on path (state, title);

create table path_step (
    id            bigint generated always as identity primary key,
    path_id       bigint      not null references path (id) on delete cascade,
    key           text        not null check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    position      integer     not null check (position > 0),
    kind          text        not null check (kind in ('READ', 'REFLECT', 'PRACTICE', 'CHECK_IN')),
    title         text        not null check (char_length(title) between 1 and 200),
    minutes       integer     not null check (minutes between 1 and 120),
    markdown      text        not null,
    -- Rendered once, when the step changes (the library's Markdown pipeline).
    html          text        not null,
    prompt        text        check (char_length(prompt) <= 500),
    -- A practice's checklist, one item per line; or its timer: length and prompts
    -- ("seconds<TAB>text" per line).
    checklist     text,
    timer_seconds integer     check (timer_seconds between 10 and 3600),
    timer_prompts text,
    retired_at    timestamptz,
    unique (path_id, key)
);
create index path_step_order on path_step (path_id, position) where retired_at is null;

-- A member's progress, step by step. Only ever moves forward (visited, then done), so two
-- tabs, or a merge from an anonymous session, can never undo what was done.
create table path_progress (
    member_id  bigint      not null references member (id) on delete cascade,
    step_id    bigint      not null references path_step (id) on delete cascade,
    visited_at timestamptz not null,
    done_at    timestamptz,
    -- The answer to a check-in step, 0 (very bad) to 10 (very good).
    feeling    integer     check (feeling between 0 and 10),
    primary key (member_id, step_id)
);
create index path_progress_step on path_progress (step_id);

-- Where a member was on each path: where "continue" takes them.
create table path_place (
    member_id  bigint      not null references member (id) on delete cascade,
    path_id    bigint      not null references path (id) on delete cascade,
    step_id    bigint      not null references path_step (id) on delete cascade,
    updated_at timestamptz not null,
    primary key (member_id, path_id)
);

-- What a member wrote for a reflection step. Theirs alone: no one else is ever shown it.
create table reflection (
    member_id  bigint      not null references member (id) on delete cascade,
    step_id    bigint      not null references path_step (id) on delete cascade,
    body       text        not null check (char_length(body) between 1 and 100000),
    -- Counts saves, so a save from an out-of-date tab is noticed rather than overwriting.
    version    integer     not null,
    created_at timestamptz not null,
    updated_at timestamptz not null,
    primary key (member_id, step_id)
);
create index reflection_step on reflection (step_id);
