package org.holdfast.article;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.holdfast.editorial.ContentEditing;
import org.holdfast.editorial.Editorial;
import org.holdfast.markdown.Markdown;
import org.holdfast.system.PublicPagesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The article workflow ({@link ContentEditing}), with what is particular to articles: an
 * address taken by an old address too, a new address that keeps the old one working, text
 * rendered once when published (not when read), and the search words and page cache
 * refreshed when the public articles change.
 */
@Service
class ArticleEditing extends ContentEditing<Article, ArticleDocument> {

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ContributorRepository contributors;

	private final Markdown markdown;

	private final ArticleSearch search;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ArticleEditing(ArticleRepository articles, TopicRepository topics, ContributorRepository contributors,
			Markdown markdown, ArticleSearch search, Editorial editorial, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		super(ArticleDocument.KIND, "editor.slug.taken", editorial);
		this.articles = articles;
		this.topics = topics;
		this.contributors = contributors;
		this.markdown = markdown;
		this.search = search;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Whether another article goes by this address, now or as an old address. */
	@Override
	public boolean slugTaken(String slug, long except) {
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from article where slug = ? and id <> ?)
				    or exists (select 1 from article_slug where slug = ? and article_id <> ?)""", Boolean.class, slug,
				except, slug, except));
	}

	@Override
	protected Article lock(long id) {
		return this.articles.findForUpdate(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
	}

	@Override
	protected ArticleDocument parse(String json) {
		return ArticleDocument.parse(json);
	}

	@Override
	protected Article build(ArticleDocument document) {
		Article article = new Article(document.slug(), document.title(), document.summary(), this.clock.instant());
		fill(article, document);
		return article;
	}

	@Override
	protected Article store(Article article) {
		return this.articles.saveAndFlush(article);
	}

	/** A new address keeps the old one working. */
	@Override
	protected void publish(Article article, ArticleDocument document) {
		long id = article.getId();
		if (!document.slug().equals(article.getSlug())) {
			if (article.getPublishedRevision() != null) {
				this.jdbc.update("insert into article_slug (slug, article_id) values (?, ?) on conflict do nothing",
						article.getSlug(), id);
			}
			this.jdbc.update("delete from article_slug where slug = ? and article_id = ?", document.slug(), id);
			article.rename(document.slug());
		}
		fill(article, document);
		article.published(this.clock.instant());
	}

	@Override
	protected RuntimeException missing(long id, int revision) {
		return new ArticleNotFoundException(id + "/" + revision);
	}

	@Override
	protected void publicPagesChanged() {
		this.search.refreshWords();
		this.events.publishEvent(new PublicPagesChanged());
	}

	/**
	 * Writes the document into the article: rendered Markdown, details, topics,
	 * contributors.
	 */
	private void fill(Article article, ArticleDocument document) {
		article.retitle(document.title(), document.summary());
		article.write(document.markdown(), this.markdown.render(document.markdown()), this.clock.instant());
		article.describe(document.contentWarning(), document.audience(), document.reviewedOn());
		Set<Topic> filed = new LinkedHashSet<>(this.topics.findBySlugIn(document.topics()));
		Set<Contributor> credited = new LinkedHashSet<>(this.contributors.findBySlugIn(document.contributors()));
		article.file(filed, credited);
	}

	List<Topic> allTopics() {
		return this.topics.findAllByOrderByName();
	}

	List<Contributor> allContributors() {
		return this.contributors.findAllByOrderByName();
	}

}
