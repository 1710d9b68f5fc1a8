package org.holdfast.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.holdfast.system.PublicPagesChanged;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the starter articles, topics and contributors that ship with Holdfast
 * ({@code classpath:articles/}) at start-up. Keyed by slug, so it never duplicates
 * anything, and it only adds what is missing: an article an editor has changed, archived
 * or renamed is left exactly as the editor left it. Several app nodes starting at once
 * take turns (an advisory lock).
 */
@Component
class StarterContent implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(StarterContent.class);

	static final String CONTRIBUTOR = "holdfast-editorial-team";

	private static final long LOCK = 0x486f6c64L;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ContributorRepository contributors;

	private final ArticleEditing editing;

	private final ArticleSearch search;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final ApplicationEventPublisher events;

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	StarterContent(ArticleRepository articles, TopicRepository topics, ContributorRepository contributors,
			ArticleEditing editing, ArticleSearch search, JdbcTemplate jdbc, TransactionTemplate transactions,
			ApplicationEventPublisher events) {
		this.articles = articles;
		this.topics = topics;
		this.contributors = contributors;
		this.editing = editing;
		this.search = search;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.events = events;
	}

	/** An article file's front matter. */
	record FrontMatter(String slug, String title, String summary, List<String> topics, @Nullable String contentWarning,
			@Nullable String audience, @Nullable LocalDate reviewed) {
	}

	record TopicEntry(String slug, String name, String description) {
	}

	record ContributorEntry(String slug, String name, String bio, @Nullable String credentials) {
	}

	@Override
	public void run(ApplicationArguments args) {
		Integer added = this.transactions.execute((status) -> load());
		if (added != null && added > 0) {
			log.info("Added {} starter articles", added);
		}
	}

	/**
	 * Adds whatever starter content is missing; returns how many articles were added.
	 * Call in a transaction (the advisory lock lasts as long as it does).
	 */
	int load() {
		this.jdbc.queryForList("select pg_advisory_xact_lock(?)", LOCK);
		for (TopicEntry entry : read("classpath:articles/topics.yml", new TypeReference<List<TopicEntry>>() {
		})) {
			if (this.topics.findBySlug(entry.slug()).isEmpty()) {
				this.topics.save(new Topic(entry.slug(), entry.name(), entry.description()));
			}
		}
		for (ContributorEntry entry : read("classpath:articles/contributors.yml",
				new TypeReference<List<ContributorEntry>>() {
				})) {
			if (this.contributors.findBySlug(entry.slug()).isEmpty()) {
				this.contributors.save(new Contributor(entry.slug(), entry.name(), entry.bio(), entry.credentials()));
			}
		}
		if (this.contributors.findBySlug(CONTRIBUTOR).isEmpty()) {
			throw new IllegalStateException("No " + CONTRIBUTOR + " in articles/contributors.yml");
		}
		int added = 0;
		for (Resource file : files()) {
			String text = text(file);
			FrontMatter front = frontMatter(file, text);
			if (this.articles.existsBySlug(front.slug()) || renamed(front.slug())) {
				continue;
			}
			for (String slug : front.topics()) {
				if (this.topics.findBySlug(slug).isEmpty()) {
					throw new IllegalStateException(file.getFilename() + ": no topic " + slug);
				}
			}
			this.editing.importStarter(
					new ArticleDocument(front.title(), front.slug(), front.summary(), front.contentWarning(),
							(front.audience() != null) ? Article.Audience
								.valueOf(front.audience().toUpperCase(Locale.ROOT).replace('-', '_')) : null,
							front.reviewed(), front.topics(), List.of(CONTRIBUTOR), body(text)));
			added++;
		}
		if (added > 0) {
			this.search.refreshWords();
			this.events.publishEvent(new PublicPagesChanged());
		}
		return added;
	}

	private boolean renamed(String slug) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("select exists (select 1 from article_slug where slug = ?)",
				Boolean.class, slug));
	}

	static List<Resource> files() {
		try {
			Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:articles/*.md");
			return Arrays.stream(found).sorted(Comparator.comparing(Resource::getFilename)).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(Resource file) {
		try (InputStream in = file.getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static FrontMatter frontMatter(Resource file, String text) {
		if (!text.startsWith("---\n") || text.indexOf("\n---\n", 4) < 0) {
			throw new IllegalStateException(file.getFilename() + " has no front matter between --- lines");
		}
		return YAML.readValue(text.substring(4, text.indexOf("\n---\n", 4)), FrontMatter.class);
	}

	static String body(String text) {
		return text.substring(text.indexOf("\n---\n", 4) + 5).strip() + "\n";
	}

	private <T> T read(String location, TypeReference<T> type) {
		try (InputStream in = new PathMatchingResourcePatternResolver().getResource(location).getInputStream()) {
			return YAML.readValue(in, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
