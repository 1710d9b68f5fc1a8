package org.holdfast.article;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.holdfast.markdown.Markdown;
import org.holdfast.editorial.Editorial;
import org.holdfast.editorial.EditorialSteps;
import org.holdfast.editorial.EditorialEvent.Action;
import org.holdfast.editorial.EditorialRefusal;
import org.holdfast.system.PublicPagesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The article workflow: save a revision, send it for review, and publish it only when a
 * second editor approves; send back, archive, bring back and restore. Every step locks
 * the article's row, so two editors acting at once take turns and the second sees what
 * the first did. Published text is rendered here, once, not when read.
 */
@Service
class ArticleEditing implements EditorialSteps {

	private static final String KIND = ArticleDocument.KIND;

	private final ArticleRepository articles;

	private final TopicRepository topics;

	private final ContributorRepository contributors;

	private final Markdown markdown;

	private final ArticleSearch search;

	private final Editorial editorial;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ArticleEditing(ArticleRepository articles, TopicRepository topics, ContributorRepository contributors,
			Markdown markdown, ArticleSearch search, Editorial editorial, JdbcTemplate jdbc, Clock clock,
			ApplicationEventPublisher events) {
		this.articles = articles;
		this.topics = topics;
		this.contributors = contributors;
		this.markdown = markdown;
		this.search = search;
		this.editorial = editorial;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	/** Whether another article goes by this address, now or as an old address. */
	boolean slugTaken(String slug, @Nullable Long except) {
		long self = (except != null) ? except : -1;
		return Boolean.TRUE.equals(this.jdbc.queryForObject("""
				select exists (select 1 from article where slug = ? and id <> ?)
				    or exists (select 1 from article_slug where slug = ? and article_id <> ?)""", Boolean.class, slug,
				self, slug, self));
	}

	/** A new article, as a draft: revision 1. Returns its id. */
	@Transactional
	long create(ArticleDocument document, long editor) {
		if (slugTaken(document.slug(), null)) {
			throw new EditorialRefusal("editor.slug.taken");
		}
		Article article = new Article(document.slug(), document.title(), document.summary(), this.clock.instant());
		fill(article, document);
		article = this.articles.save(article);
		this.editorial.save(KIND, article.getId(), 1, document.json(), editor);
		this.editorial.record(KIND, article.getId(), 1, Action.SAVED, editor, null);
		return article.getId();
	}

	/**
	 * Loads a starter article and publishes it as revision 1 (see
	 * {@link StarterContent}).
	 */
	@Transactional
	void importStarter(ArticleDocument document) {
		Article article = new Article(document.slug(), document.title(), document.summary(), this.clock.instant());
		fill(article, document);
		article.publishStarter(this.clock.instant());
		article = this.articles.save(article);
		this.editorial.save(KIND, article.getId(), 1, document.json(), null);
		this.editorial.record(KIND, article.getId(), 1, Action.IMPORTED, null, null);
	}

	/**
	 * Saves the editor's text as the next revision, unless it is the same as the newest.
	 * Refuses if someone saved a newer revision since the editor opened the form.
	 * @return the newest revision's number
	 */
	@Transactional
	int save(long id, int basedOn, ArticleDocument document, long editor) {
		Article article = lock(id);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.slug.taken");
		}
		return this.editorial.saveRevision(KIND, id, article.getWorkflow(), basedOn, document.json(), editor);
	}

	@Transactional
	void submit(long id, int revision, long editor) {
		this.editorial.submit(KIND, id, lock(id).getWorkflow(), revision, editor);
	}

	@Transactional
	public void sendBack(long id, int revision, String note, long editor) {
		this.editorial.sendBack(KIND, id, lock(id).getWorkflow(), revision, note, editor);
	}

	/**
	 * Publishes the revision under review, if the approver wrote none of it and did not
	 * send it. A new address keeps the old one working.
	 */
	@Transactional
	public void approve(long id, int revision, long approver) {
		Article article = lock(id);
		this.editorial.checkApproval(KIND, id, article.getWorkflow(), revision, approver);
		ArticleDocument document = document(id, revision);
		if (slugTaken(document.slug(), id)) {
			throw new EditorialRefusal("editor.slug.taken");
		}
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
		this.editorial.approved(KIND, id, article.getWorkflow(), revision, approver);
		this.articles.saveAndFlush(article);
		this.search.refreshWords();
		this.events.publishEvent(new PublicPagesChanged());
	}

	@Transactional
	public void archive(long id, String note, long editor) {
		Article article = lock(id);
		boolean wasLive = article.isLive();
		this.editorial.archive(KIND, id, article.getWorkflow(), note, editor);
		this.articles.saveAndFlush(article);
		if (wasLive) {
			this.search.refreshWords();
			this.events.publishEvent(new PublicPagesChanged());
		}
	}

	@Transactional
	public void unarchive(long id, long editor) {
		this.editorial.unarchive(KIND, id, lock(id).getWorkflow(), editor);
	}

	/** Saves an old revision again as the newest, as a draft to be reviewed. */
	@Transactional
	public int restore(long id, int old, long editor) {
		return this.editorial.restore(KIND, id, lock(id).getWorkflow(), old, editor);
	}

	/** A revision's fields; the revision must exist. */
	ArticleDocument document(long id, int number) {
		return this.editorial.revision(KIND, id, number)
			.map((revision) -> ArticleDocument.parse(revision.document()))
			.orElseThrow(() -> new ArticleNotFoundException(id + "/" + number));
	}

	private Article lock(long id) {
		return this.articles.findForUpdate(id).orElseThrow(() -> new ArticleNotFoundException(String.valueOf(id)));
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
