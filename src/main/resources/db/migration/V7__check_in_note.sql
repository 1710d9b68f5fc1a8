-- A few words with a check-in, if the member wants to add them. Theirs alone, like reflections.
alter table path_progress add column feeling_note text check (char_length(feeling_note) <= 2000);
