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
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.StarterImport;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The starter articles, topics and contributors that ship with Holdfast
 * ({@code classpath:articles/}), loaded at start-up as {@link StarterImport} describes.
 * Topics and contributors are added when their address is missing and never changed
 * after.
 */
@Component
class StarterContent extends StarterImport<Article, ArticleDocument> {

	static final String CONTRIBUTOR = "holdfast-editorial-team";

	private static final long LOCK = 0x486f6c64L;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ContributorRepository contributors;

	private final JdbcTemplate jdbc;

	private static final ObjectMapper YAML = YAMLMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	StarterContent(ArticleRepository articles, TopicRepository topics, ContributorRepository contributors,
			ArticleEditing editing, Editorial editorial, JdbcTemplate jdbc, TransactionTemplate transactions) {
		super(ArticleDocument.KIND, LOCK, editing, editorial, jdbc, transactions);
		this.articles = articles;
		this.topics = topics;
		this.contributors = contributors;
		this.jdbc = jdbc;
	}

	/** An article file's front matter. */
	record FrontMatter(String slug, String title, String summary, List<String> topics, @Nullable String contentWarning,
			@Nullable String audience, @Nullable LocalDate reviewed) {
	}

	record TopicEntry(String slug, String name, String description) {
	}

	record ContributorEntry(String slug, String name, String bio, @Nullable String credentials) {
	}

	/** The topics and contributors the articles are filed under and credited to. */
	@Override
	protected void prepare() {
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
	}

	@Override
	protected List<ArticleDocument> shipped() {
		return files().stream().map((file) -> {
			String text = text(file);
			FrontMatter front = frontMatter(file, text);
			for (String slug : front.topics()) {
				if (this.topics.findBySlug(slug).isEmpty()) {
					throw new IllegalStateException(file.getFilename() + ": no topic " + slug);
				}
			}
			return new ArticleDocument(front.title(), front.slug(), front.summary(), front.contentWarning(),
					(front.audience() != null)
							? Article.Audience.valueOf(front.audience().toUpperCase(Locale.ROOT).replace('-', '_'))
							: null,
					front.reviewed(), front.topics(), List.of(CONTRIBUTOR), body(text));
		}).toList();
	}

	@Override
	protected Optional<Article> find(String slug) {
		return this.articles.findBySlug(slug);
	}

	/** An address an article had before an editor renamed it. */
	@Override
	protected boolean formerlyAt(String slug) {
		return renamed(slug);
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
