-- A notice and its appeal belong to the member they were sent to. The moderator who answered
-- the appeal is named on the row, but it is not theirs: their export must not carry another
-- member's appeal (their decision is in the audit log).
comment on column moderation_notice.appeal_decided_by is 'not exported: the notice and its appeal are the member''s';
