-- The self-help library: articles, topics and contributors, searched with PostgreSQL's
-- full-text search and, for typos, trigram similarity.

create extension if not exists pg_trgm;

create table topic (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    description text not null
);

-- Contributors are credited as an editor enters them: a bio and credentials, never invented.
create table contributor (
    id          bigint generated always as identity primary key,
    slug        text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text not null,
    bio         text not null,
    credentials text
);

create table article (
    id              bigint generated always as identity primary key,
    slug            text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           text        not null check (char_length(title) between 1 and 200),
    summary         text        not null check (char_length(summary) between 1 and 300),
    markdown        text        not null,
    -- Rendered once when the Markdown changes (commonmark, then jsoup's allow-list), never per view.
    html            text        not null,
    plain_text      text        not null,
    -- The h2 sections, one "anchor<TAB>heading" per line, for the table of contents.
    contents        text        not null,
    content_warning text        check (char_length(content_warning) <= 300),
    audience        text        check (audience in ('START_HERE', 'PARENTS_CARERS_FRIENDS')),
    reading_minutes integer     not null check (reading_minutes > 0),
    state           text        not null check (state in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    reviewed_on     date,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    search          tsvector generated always as (
                        setweight(to_tsvector('english', title), 'A')
                        || setweight(to_tsvector('english', summary), 'B')
                        || setweight(to_tsvector('english', plain_text), 'C')) stored
);
-- Partial, so that searches (always of published articles) use it: otherwise the planner
-- may scan the table, unpacking every article's tsvector, which is many times slower.
create index article_search on article using gin (search) where state = 'PUBLISHED';
create index article_published on article (state, updated_at desc);

create table article_topic (
    article_id bigint not null references article (id) on delete cascade,
    topic_id   bigint not null references topic (id) on delete cascade,
    primary key (article_id, topic_id)
);
create index article_topic_topic on article_topic (topic_id);

create table article_contributor (
    article_id     bigint not null references article (id) on delete cascade,
    contributor_id bigint not null references contributor (id),
    primary key (article_id, contributor_id)
);

-- Old addresses of renamed articles, so links and bookmarks keep working.
create table article_slug (
    slug       text   primary key,
    article_id bigint not null references article (id) on delete cascade
);

-- Every word of every published article, unstemmed, for "did you mean" on a misspelt search.
create table search_word (
    word text primary key
);
create index search_word_trigram on search_word using gin (word gin_trgm_ops);
