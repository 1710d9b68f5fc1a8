package org.holdfast.article;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.holdfast.markdown.MarkdownTests;
import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.holdfast.editorial.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editorial journey in Chromium: one editor writes with hints and a preview and sends
 * it for review, a second approves it, and it appears in the library. Axe checks every
 * editor page; the XSS corpus opens no dialog.
 */
@IntegrationTest
class EditorBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	ArticleEditing editing;

	WebDriver browser;

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start();
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void editorWritesASecondEditorApprovesAndItAppears() {
		Accounts accounts = new Accounts(this.context);
		String writer = accounts.create("bwriter", Role.EDITOR).username();
		String reviewer = accounts.create("breviewer", Role.EDITOR).username();
		String title = "Small steps on a hard day " + Long.toString(System.nanoTime(), 36);

		Browser.signInAsStaff(this.browser, app(""), writer);
		click("a[href='/editor']");
		Browser.waitFor(this.browser, "/editor");
		Browser.assertAccessible(this.browser, "the editor's list");
		click("a[href='/editor/articles/new']");
		Browser.assertAccessible(this.browser, "a new article");

		type("#summary", "A short guide to getting through a hard day, one small step at a time.");
		type("#markdown", "## One step\n\nHe committed suicide, they said.\n\nPick one small thing and do it.\n");
		Browser.waiting(this.browser)
			.withMessage("hints follow the text as it is typed")
			.until((driver) -> !driver.findElements(By.cssSelector("#markdown-hints")).isEmpty());
		assertThat(this.browser.findElement(By.cssSelector(".editor__preview .prose")).getText())
			.contains("Pick one small thing");
		assertThat(this.browser.findElement(By.id("markdown")).getAttribute("aria-describedby"))
			.contains("markdown-hints");
		click("button[value=submit]");
		Browser.waitForErrors(this.browser);
		assertThat(this.browser.findElement(By.cssSelector(".error-summary")).getText()).contains("Enter a title");
		Browser.assertAccessible(this.browser, "the editor with errors and hints");
		assertThat(this.browser.findElement(By.id("markdown-hints")).getText()).contains("“committed suicide”",
				"died by suicide");

		type("#title", title);
		type("#markdown", "## One step\n\nPick one small thing and do it.\n\n## Another\n\nThen rest.\n");
		click("button[value=preview]");
		Browser.waiting(this.browser)
			.until((driver) -> driver.findElements(By.cssSelector(".editor__preview h2#another")).size() == 1);
		assertThat(this.browser.findElements(By.id("markdown-hints"))).isEmpty();
		Browser.assertAccessible(this.browser, "the editor with a preview");
		click("button[value=submit]");
		Browser.waiting(this.browser).until((driver) -> driver.getCurrentUrl().matches(".*/editor/articles/\\d+$"));
		String edit = URI.create(this.browser.getCurrentUrl()).getPath();
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).contains("sent for review");
		Browser.assertAccessible(this.browser, "an article waiting for review");
		click("a[href$='/history']");
		Browser.assertAccessible(this.browser, "an article's history");
		click("tbody a");
		Browser.assertAccessible(this.browser, "a revision");
		this.browser.get(app("/editor/topics"));
		Browser.assertAccessible(this.browser, "topics");
		click("a[href='/editor/topics/new']");
		Browser.assertAccessible(this.browser, "a new topic");
		this.browser.get(app("/editor/contributors"));
		Browser.assertAccessible(this.browser, "contributors");
		click("a[href='/editor/contributors/new']");
		click("main form button[type=submit]");
		Browser.waitForErrors(this.browser);
		Browser.assertAccessible(this.browser, "a new contributor with errors");

		this.browser.manage().deleteAllCookies();
		Browser.signInAsStaff(this.browser, app(""), reviewer);
		this.browser.get(app("/editor"));
		this.browser.findElement(By.linkText(title + " (revision 1)")).click();
		Browser.waitFor(this.browser, edit + "/review");
		Browser.assertAccessible(this.browser, "the review page");
		assertThat(this.browser.findElement(By.cssSelector(".changes")).getText()).contains("Pick one small thing");
		click("form[action$='/approve'] button");
		Browser.waitFor(this.browser, edit);
		assertThat(this.browser.findElement(By.cssSelector(".notice")).getText()).contains("published");

		this.browser.manage().deleteAllCookies();
		this.browser.get(app("/articles"));
		this.browser.findElement(By.linkText(title)).click();
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(this.browser.findElement(By.cssSelector(".contents, .prose")).getText()).isNotEmpty();
	}

	@Test
	void noPayloadOpensADialogOnThePublicOrEditorPages() {
		List<String> slugs = new ArrayList<>();
		int n = 0;
		for (String payload : MarkdownTests.XSS) {
			String slug = EditorialWorkflowTests.unique("dialog" + n++);
			this.editing.importStarter(new ArticleDocument(EditorXssTests.oneLine(payload, 200), slug,
					EditorXssTests.oneLine(payload, 300), EditorXssTests.oneLine(payload, 300), null, null, List.of(),
					List.of(StarterContent.CONTRIBUTOR), payload + "\n\n" + payload));
			slugs.add(slug);
		}
		for (String slug : slugs) {
			this.browser.get(app("/articles/" + slug));
			Browser.assertNoDialog(this.browser, slug);
		}
		Browser.signInAsStaff(this.browser, app(""),
				new Accounts(this.context).create("dialogs", Role.EDITOR).username());
		this.browser.get(app("/editor"));
		Browser.assertNoDialog(this.browser, "the editor's list");
		for (String slug : slugs) {
			String id = idOf(slug);
			this.browser.get(app("/editor/articles/" + id));
			Browser.assertNoDialog(this.browser, "editing " + slug);
			this.browser.get(app("/editor/articles/" + id + "/revisions/1"));
			Browser.assertNoDialog(this.browser, "revision 1 of " + slug);
		}
	}

	private String idOf(String slug) {
		return String.valueOf(this.context.getBean(ArticleRepository.class)
			.findBySlugAndWorkflowState(slug, Workflow.State.PUBLISHED)
			.orElseThrow()
			.getId());
	}

	private void type(String selector, String text) {
		Browser.type(this.browser, selector, text);
	}

	private void click(String selector) {
		Browser.click(this.browser, selector);
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
