-- The editorial workflow. Every saved version of a piece of content is kept as a revision,
-- with who wrote it; what happened to it (sent for review, approved, sent back, archived,
-- restored) is an append-only list of editorial events. The published text stays in the
-- content's own table, so reading never touches these.

create table revision (
    id         bigint generated always as identity primary key,
    -- What kind of content: 'article' (growth paths and coping ideas will join it).
    kind       text        not null check (kind ~ '^[a-z-]+$'),
    subject_id bigint      not null,
    number     integer     not null check (number > 0),
    -- The content's fields as JSON, exactly as the editor saved them.
    document   text        not null,
    -- The editor who wrote it; kept when their account is deleted, without the name.
    author_id  bigint      references member (id) on delete set null,
    created_at timestamptz not null,
    unique (kind, subject_id, number)
);

create table editorial_event (
    id          bigint generated always as identity primary key,
    kind        text        not null,
    subject_id  bigint      not null,
    revision    integer     not null,
    action      text        not null check (action in
                    ('IMPORTED', 'SAVED', 'SUBMITTED', 'APPROVED', 'RETURNED', 'ARCHIVED', 'UNARCHIVED', 'RESTORED')),
    member_id   bigint      references member (id) on delete set null,
    note        text        check (char_length(note) <= 1000),
    occurred_at timestamptz not null
);
create index editorial_event_subject on editorial_event (kind, subject_id, id);

create function editorial_event_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and new.member_id is null and old.member_id is not null
            and (new.kind, new.subject_id, new.revision, new.action, new.note, new.occurred_at)
            is not distinct from (old.kind, old.subject_id, old.revision, old.action, old.note, old.occurred_at) then
        return new; -- an editor's account was deleted: forget who, keep what
    end if;
    raise exception 'editorial events are append-only';
end $$;
create trigger editorial_event_append_only before update or delete on editorial_event
    for each row execute function editorial_event_append_only();

-- Where each article is in the workflow: its newest revision, the one sent for review (if
-- any) and the one the public sees (if any).
alter table article
    add column latest_revision    integer not null default 1 check (latest_revision > 0),
    add column submitted_revision integer check (submitted_revision <= latest_revision),
    add column published_revision integer check (published_revision <= latest_revision);
alter table article alter column latest_revision drop default;

-- Articles that already exist become their own first revision.
insert into revision (kind, subject_id, number, document, author_id, created_at)
select 'article', a.id, 1, jsonb_build_object(
           'title', a.title, 'slug', a.slug, 'summary', a.summary, 'contentWarning', a.content_warning,
           'audience', a.audience, 'reviewedOn', a.reviewed_on,
           'topics', coalesce((select jsonb_agg(t.slug order by t.slug) from article_topic at
                               join topic t on t.id = at.topic_id where at.article_id = a.id), '[]'),
           'contributors', coalesce((select jsonb_agg(c.slug order by c.slug) from article_contributor ac
                               join contributor c on c.id = ac.contributor_id where ac.article_id = a.id), '[]'),
           'markdown', a.markdown)::text,
       null, a.created_at
from article a;
insert into editorial_event (kind, subject_id, revision, action, occurred_at)
select 'article', id, 1, 'IMPORTED', created_at from article;
update article set published_revision = 1 where state in ('PUBLISHED', 'ARCHIVED');
create trigger editorial_event_no_truncate before truncate on editorial_event
    for each statement execute function editorial_event_append_only();
