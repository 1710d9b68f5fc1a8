-- The title and summary as their own small text-search vector. Ranking by the full vector
-- means unpacking every matching article's (large, out-of-line) vector: fine for a few
-- hundred matches, tens of milliseconds for thousands. When a search matches more than a
-- few hundred articles, they are ranked by this small vector, stored in the row, and then
-- by how recently they were updated.
alter table article add column search_head tsvector generated always as (
    setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', summary), 'B')) stored;
