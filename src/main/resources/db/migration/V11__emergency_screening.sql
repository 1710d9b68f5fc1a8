-- A fourth kind of screening, "emergency": a medical emergency happening now (something
-- harmful swallowed, bleeding that won't stop, fainting after harm). It is checked before
-- everything else and goes to the top of the moderators' queue, above crisis language.
alter table screening_rule drop constraint screening_rule_kind_check;
alter table screening_rule add constraint screening_rule_kind_check
    check (kind in ('EMERGENCY', 'CRISIS', 'METHOD', 'CONTACT'));

-- A "figure" rule takes a figure of speech ("dying to know", "the death of me") out of a
-- sentence before its kind's rules read it, so the figure itself excuses nothing else.
alter table screening_rule drop constraint screening_rule_mode_check;
alter table screening_rule add constraint screening_rule_mode_check
    check (mode in ('MATCH', 'UNLESS', 'MODEL_UNLESS', 'FIGURE'));

-- The pattern as Holdfast last shipped it, or null for a rule moderators wrote. A shipped
-- rule that moderators have not changed (pattern = shipped_pattern) follows the packaged
-- rules file when a new version of Holdfast changes it; one they changed is left alone.
alter table screening_rule add column shipped_pattern text;

-- Rows copied from the rules file at first start and not edited since: they were all
-- written within moments of the first one.
update screening_rule set shipped_pattern = pattern
where changed_at < (select min(changed_at) from screening_rule) + interval '1 minute';

alter table moderation_item add column emergency boolean not null default false;

-- CONTACT: only the screening model thought the post shares contact details, so a person
-- decides instead of the post being refused.
alter table moderation_item drop constraint moderation_item_held_check;
alter table moderation_item add constraint moderation_item_held_check
    check (held in ('PREMODERATION', 'METHOD', 'CONTACT', 'REVIEW_ASKED', 'REPORTS'));
