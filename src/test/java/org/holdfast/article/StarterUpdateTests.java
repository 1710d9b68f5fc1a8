package org.holdfast.article;

import java.util.List;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.holdfast.editorial.EditorialEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A correction to starter content in a new release reaches running sites: an article no
 * editor has touched is brought up to date with its file at start-up, as a new revision
 * recorded as imported; an article an editor has worked on is theirs and is left alone.
 */
@IntegrationTest
class StarterUpdateTests {

	private static final String OLDER = "An older release said something else here.";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	StarterContent starter;

	@Autowired
	ArticleEditing editing;

	@Autowired
	ArticleRepository articles;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transactions;

	/** Makes the starter article look as an older release left it, untouched since. */
	private long asAnOlderReleaseLeftIt(String slug) {
		long id = this.articles.findBySlug(slug).orElseThrow().getId();
		int latest = this.jdbc.queryForObject("select latest_revision from article where id = ?", Integer.class, id);
		this.jdbc.update("""
				update revision set document = (document::jsonb || jsonb_build_object('markdown', ?))::text
				where kind = 'article' and subject_id = ? and number = ?""", OLDER, id, latest);
		this.jdbc.update("update article set markdown = ?, html = ? where id = ?", OLDER, "<p>" + OLDER + "</p>", id);
		return id;
	}

	private String shippedBody(String slug) {
		return this.starter.shipped()
			.stream()
			.filter((document) -> document.slug().equals(slug))
			.findFirst()
			.orElseThrow()
			.markdown();
	}

	@Test
	void anUntouchedStarterArticleIsBroughtUpToDateAndAnEditedOneIsLeftAlone() {
		List<String> slugs = this.starter.shipped().stream().map(ArticleDocument::slug).toList();
		String untouched = slugs.get(slugs.size() - 1);
		String edited = slugs.get(slugs.size() - 2);
		long untouchedId = asAnOlderReleaseLeftIt(untouched);
		int before = this.jdbc.queryForObject("select latest_revision from article where id = ?", Integer.class,
				untouchedId);

		long editedId = asAnOlderReleaseLeftIt(edited);
		Accounts.Created editor = new Accounts(this.context).create("upd", Role.EDITOR);
		int editedLatest = this.jdbc.queryForObject("select latest_revision from article where id = ?", Integer.class,
				editedId);
		ArticleDocument draft = this.editing.document(editedId, editedLatest);
		this.editing.save(editedId, editedLatest,
				new ArticleDocument(draft.title(), draft.slug(), draft.summary(), draft.contentWarning(),
						draft.audience(), draft.reviewedOn(), draft.topics(), draft.contributors(),
						OLDER + "\n\nAn editor's draft."),
				editor.id());

		Integer added = this.transactions.execute((status) -> this.starter.load());
		assertThat(added).isZero();

		Article updated = this.articles.findById(untouchedId).orElseThrow();
		assertThat(updated.getMarkdown()).isEqualTo(shippedBody(untouched));
		assertThat(updated.getLatestRevision()).isEqualTo(before + 1);
		assertThat(updated.getPublishedRevision()).isEqualTo(before + 1);
		assertThat(this.editing.document(untouchedId, before + 1).markdown()).isEqualTo(shippedBody(untouched));
		assertThat(this.jdbc.queryForList(
				"select action from editorial_event where kind = 'article' and subject_id = ? and revision = ?",
				String.class, untouchedId, before + 1))
			.containsExactly(EditorialEvent.Action.IMPORTED.name());
		assertThat(new WebSession(this.port).get("/articles/" + untouched).body()).doesNotContain(OLDER);

		Article kept = this.articles.findById(editedId).orElseThrow();
		assertThat(kept.getMarkdown()).as("the editor's article keeps its published text").isEqualTo(OLDER);
		assertThat(kept.getPublishedRevision()).isEqualTo(editedLatest);
		assertThat(kept.getLatestRevision()).as("and their draft").isEqualTo(editedLatest + 1);

		Integer again = this.transactions.execute((status) -> this.starter.load());
		assertThat(again).isZero();
		assertThat(this.articles.findById(untouchedId).orElseThrow().getLatestRevision())
			.as("nothing new the second time")
			.isEqualTo(before + 1);
	}

}
