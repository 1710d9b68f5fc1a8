-- Members a member would rather not read. Their threads and posts are folded away for the
-- member who muted them, one click from being read. Muting tells no one: the muted member is
-- not told, and their own data export leaves these rows out (the column comment below is
-- what the export reads).
create table community_member_mute (
    member_id  bigint      not null references member (id) on delete cascade,
    muted_id   bigint      not null references member (id) on delete cascade,
    muted_at   timestamptz not null,
    primary key (member_id, muted_id),
    check (member_id <> muted_id)
);
create index community_member_mute_muted on community_member_mute (muted_id);
comment on column community_member_mute.muted_id is 'not exported: muting tells no one';
