package org.holdfast.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searching the published articles with PostgreSQL: full-text search in English (so
 * "cutting" finds "cut" and "urges" finds "urge"), ranked with the title counting most,
 * with highlighted snippets; and, for a misspelt word, the closest word that does appear
 * in the library (trigram similarity) as a "did you mean". Queries are never stored or
 * logged.
 */
@Component
class ArticleSearch {

	static final int MAX_QUERY = 200;

	/**
	 * Marks around matched words in snippets; split apart in Java, never sent as HTML.
	 */
	private static final String START = "⟦";

	private static final String STOP = "⟧";

	private static final Pattern MARKED = Pattern.compile(START + "(.*?)" + STOP);

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");

	private final JdbcTemplate jdbc;

	ArticleSearch(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A run of snippet text, highlighted when it matched the query. */
	record Part(String text, boolean match) {
	}

	/** One result: the article's id and a snippet in parts. */
	record Hit(long id, List<Part> snippet) {
	}

	/** A page of results and how many there are in all. */
	record Found(List<Hit> hits, long total) {
	}

	/**
	 * Up to this many matches are ranked by the whole text (how often and where the words
	 * occur); past it, by title and summary, then by how recently updated.
	 */
	static final int FULLY_RANKED = 200;

	@Transactional(readOnly = true)
	Found search(String query, int page, int size) {
		// The index finds the matches without reading each article's text-search vector,
		// which a table scan would unpack for every row. The planner does not count that
		// cost and picks a scan when most articles match, many times slower.
		this.jdbc.execute("set local enable_seqscan = off");
		List<Long> totals = new ArrayList<>();
		List<Hit> hits = this.jdbc.query("""
				with q as (select websearch_to_tsquery('english', ?) as q),
				matches as materialized (
				  select a.id, a.updated_at, a.search_head from article a, q
				  where a.state = 'PUBLISHED' and a.search @@ q.q),
				total as (select count(*) as n from matches),
				ranked as (
				  select m.id, m.updated_at,
				    case when (select n from total) <= ?
				         then (select ts_rank(a.search, q.q) from article a where a.id = m.id)
				         else ts_rank(m.search_head, q.q) end as rank
				  from matches m, q
				  order by rank desc, m.updated_at desc, m.id
				  limit ? offset ?)
				select r.id, (select n from total), ts_headline('english', a.plain_text, q.q,
				  'StartSel=⟦, StopSel=⟧, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
				from ranked r join article a on a.id = r.id, q
				order by r.rank desc, r.updated_at desc, r.id""", (row, n) -> {
			totals.add(row.getLong(2));
			return new Hit(row.getLong(1), parts(row.getString(3)));
		}, query, FULLY_RANKED, size, (long) page * size);
		if (!totals.isEmpty()) {
			return new Found(hits, totals.get(0));
		}
		Long total = (page == 0) ? Long.valueOf(0) : this.jdbc.queryForObject("""
				select count(*) from article
				where state = 'PUBLISHED' and search @@ websearch_to_tsquery('english', ?)""", Long.class, query);
		return new Found(List.of(), (total != null) ? total : 0);
	}

	/**
	 * The query with each word that appears nowhere in the library replaced by the most
	 * similar word that does, or {@code null} if there is nothing better to suggest.
	 */
	@Transactional(readOnly = true)
	@Nullable String suggestion(String query) {
		Matcher words = WORD.matcher(query.toLowerCase(Locale.ROOT));
		StringBuilder suggested = new StringBuilder();
		boolean changed = false;
		while (words.find()) {
			String word = words.group();
			String replacement = word;
			if (word.length() >= 3 && !known(word)) {
				List<String> closest = this.jdbc.queryForList("""
						select word from search_word where word % ?
						order by similarity(word, ?) desc, word limit 1""", String.class, word, word);
				if (!closest.isEmpty()) {
					replacement = closest.get(0);
					changed = true;
				}
			}
			words.appendReplacement(suggested, Matcher.quoteReplacement(replacement));
		}
		words.appendTail(suggested);
		return changed ? suggested.toString() : null;
	}

	private boolean known(String word) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from search_word where word = ?)",
				Boolean.class, word));
	}

	/** Rebuilds the word list from the published articles. */
	@Transactional
	void refreshWords() {
		this.jdbc.update("delete from search_word");
		this.jdbc.update("""
				insert into search_word (word)
				select word from ts_stat($$select to_tsvector('simple', title || ' ' || plain_text)
				                          from article where state = 'PUBLISHED'$$)
				where char_length(word) between 3 and 30 and word ~ '^[a-z]+$'""");
	}

	static List<Part> parts(String headline) {
		List<Part> parts = new ArrayList<>();
		Matcher matcher = MARKED.matcher(headline);
		int at = 0;
		while (matcher.find()) {
			if (matcher.start() > at) {
				parts.add(new Part(headline.substring(at, matcher.start()), false));
			}
			parts.add(new Part(matcher.group(1), true));
			at = matcher.end();
		}
		if (at < headline.length()) {
			parts.add(new Part(headline.substring(at), false));
		}
		return parts;
	}

}
