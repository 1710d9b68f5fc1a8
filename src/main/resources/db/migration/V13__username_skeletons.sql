-- A username with look-alike characters folded (0 to o, 1 to l, rn to m, separators dropped),
-- so that no one can take a name that reads like another member's ("amber-f0x-11" for
-- "amber-fox-11"). Filled in by the application, which owns the folding; accounts made before
-- this column are filled in at the next start.
alter table member add column username_skeleton text;
create index member_username_skeleton on member (username_skeleton);
comment on column member.username_skeleton is 'not exported: derived from the username';
