package org.holdfast.community;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The community in Chromium, with axe checking every community and moderation page on the
 * way: posting a thread, replying and sending support; a crisis-sounding draft showing
 * the crisis lines first; and a report that a moderator acts on, whose writer reads the
 * reason and appeals, and whose reporter sees the outcome.
 */
@IntegrationTest
class CommunityBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	String member(String prefix) {
		Accounts.Created created = new Accounts(this.context).create(prefix);
		this.jdbc.update("update member set joined_at = now() - interval '30 days' where id = ?", created.id());
		return created.username();
	}

	@Test
	void membersPostAThreadReplyAndSendSupport() {
		String alex = member("alexb");
		String sam = member("samb");
		WebDriver first = Browser.start();
		WebDriver second = Browser.phone(390);
		try {
			signIn(first, alex);
			first.get(app("/community"));
			Browser.assertAccessible(first, "the list of spaces");
			first.findElement(By.linkText("Self-harm support")).click();
			Browser.waitFor(first, "/community/self-harm-support");
			first.findElement(By.cssSelector("details.guidelines summary")).click();
			Browser.assertAccessible(first, "a space with its guidelines open");
			first.findElement(By.linkText("Start a thread")).click();
			Browser.waitFor(first, "/community/self-harm-support/new");
			Browser.assertAccessible(first, "a new thread");
			Browser.click(first, "main form button[value='']");
			Browser.waitForErrors(first);
			Browser.assertAccessible(first, "a new thread with errors");
			Browser.type(first, "#title", "Getting through the evenings");
			Browser.type(first, "#contentWarning", "urges");
			Browser.type(first, "#body", "Everything feels heavy this week. What helps you slow down?");
			Browser.click(first, "main form button[value='']");
			Browser.waiting(first).until((d) -> d.getCurrentUrl().contains("/community/threads/"));
			String thread = first.getCurrentUrl().replaceFirst("#.*", "");
			assertThat(first.findElement(By.cssSelector("main .notice")).getText()).contains("Your post is up");
			Browser.assertAccessible(first, "a thread");

			signIn(second, sam);
			second.get(thread);
			assertThat(second.findElement(By.cssSelector("article.post details.content-warning")).getAttribute("open"))
				.isNull();
			second.findElement(By.cssSelector("article.post details.content-warning summary")).click();
			assertThat(second.findElement(By.cssSelector("article.post .prose")).getText()).contains("slow down");
			Browser.assertAccessible(second, "a thread on a phone with a warning opened");
			second.findElement(By.cssSelector("form.reaction button")).click();
			Browser.waiting(second)
				.until((d) -> d.findElement(By.cssSelector("form.reaction button")).getText().equals("I hear you (1)"));
			Browser.type(second, "#body", "I put on a podcast and make tea. You are not alone.");
			Browser.click(second, "main form[action$='/reply'] button");
			Browser.waiting(second).until((d) -> d.findElements(By.cssSelector("article.post")).size() == 2);
			second.get(app("/me/muted"));
			Browser.assertAccessible(second, "muted words");
			Browser.type(second, "#phrase", "x");
			Browser.click(second, "main form[action='/me/muted'] button");
			Browser.waitForErrors(second);
			Browser.assertAccessible(second, "muted words with an error");
			second.get(app("/community/members/" + alex));
			Browser.assertAccessible(second, "a member's profile");
			Browser.click(second, "main form[action$='/mute'] button");
			Browser.waiting(second)
				.until((d) -> d.findElement(By.cssSelector("main form[action$='/mute'] button"))
					.getText()
					.startsWith("Unmute"));
			Browser.assertAccessible(second, "a member's profile, muted");
			second.get(thread);
			assertThat(second.findElement(By.cssSelector("article.post > details.muted summary")).getText())
				.contains("a member you muted");
			Browser.assertAccessible(second, "a thread with a muted member's post folded");
			second.get(app("/me/muted"));
			Browser.assertAccessible(second, "muted words and members");
			Browser.click(second, "form[action='/me/muted/members/delete'] button");
			Browser.waiting(second)
				.until((d) -> d.findElements(By.cssSelector("form[action='/me/muted/members/delete']")).isEmpty());

			first.get(thread);
			assertThat(first.findElement(By.cssSelector("article.post--new")).getText()).contains("podcast");
			assertThat(first.findElement(By.cssSelector("article.post form.reaction button")).getText())
				.isEqualTo("I hear you (1)");
			first.findElement(By.cssSelector("article.post a[href$='/edit']")).click();
			Browser.assertAccessible(first, "changing a post");
			first.navigate().back();
			first.findElement(By.cssSelector("article.post a[href$='/delete']")).click();
			Browser.assertAccessible(first, "deleting a post");
			first.get(app("/community/how-we-moderate"));
			Browser.assertAccessible(first, "how we moderate");
		}
		finally {
			first.quit();
			second.quit();
		}
	}

	@Test
	void aCrisisSoundingDraftShowsTheCrisisLinesBeforeAnythingIsPosted() {
		String writer = member("crisisb");
		WebDriver browser = Browser.start();
		try {
			signIn(browser, writer);
			browser.get(app("/community/self-harm-support/new"));
			Browser.type(browser, "#title", "I can't anymore");
			Browser.type(browser, "#body", "I want to end it tonight. I have made up my mind.");
			Browser.click(browser, "main form button[value='']");
			Browser.waiting(browser)
				.until((d) -> d.findElement(By.tagName("h1")).getText().contains("are you safe right now"));
			assertThat(browser.findElements(By.cssSelector("main .help-box a[href^='tel:']"))).isNotEmpty();
			Browser.assertAccessible(browser, "the crisis lines before posting");
			Browser.click(browser, "main form button[value='edit']");
			Browser.waiting(browser).until((d) -> !d.findElements(By.id("body")).isEmpty());
			assertThat(browser.findElement(By.id("body")).getAttribute("value")).contains("I want to end it tonight");
			// A new title too: "I can't anymore" on its own now shows the crisis lines
			// first.
			Browser.type(browser, "#title", "About me");
			Browser.type(browser, "#body", "My number is 07700 900123, text me");
			Browser.click(browser, "main form button[value='']");
			Browser.waitForErrors(browser);
			Browser.assertAccessible(browser, "contact details sent back");

			// An emergency: the emergency number is the first thing on the page to act
			// on.
			browser.get(app("/community/self-harm-support/new"));
			Browser.type(browser, "#title", "Help");
			Browser.type(browser, "#body", "I took all my tablets an hour ago and I feel really dizzy");
			Browser.click(browser, "main form button[value='']");
			Browser.waiting(browser)
				.until((d) -> d.findElement(By.tagName("h1")).getText().contains("emergency help now"));
			String emergency = browser.findElement(By.cssSelector(".safety__more a[href^='tel:']"))
				.getAttribute("href");
			WebElement first = browser.findElements(By.cssSelector("main a[href], main button")).get(0);
			assertThat(first.getAttribute("href")).as("the first control is the emergency number").isEqualTo(emergency);
			assertThat(first.getText()).startsWith("Call ").endsWith(" now");
			Browser.assertAccessible(browser, "an emergency before posting");

			// Crisis and method detail: help first, and again on the page saying it is
			// held.
			browser.get(app("/community/self-harm-support/new"));
			Browser.type(browser, "#title", "Done");
			Browser.type(browser, "#body", "I want to die, I have been stockpiling tablets for weeks.");
			Browser.click(browser, "main form button[value='']");
			Browser.waiting(browser)
				.until((d) -> d.findElement(By.tagName("h1")).getText().contains("are you safe right now"));
			Browser.click(browser, "main form button[value='posting-anyway']");
			Browser.waiting(browser).until((d) -> !d.findElements(By.cssSelector("main p.notice")).isEmpty());
			assertThat(browser.findElement(By.cssSelector("main p.notice")).getText())
				.contains("waiting for a moderator");
			assertThat(browser.findElements(By.cssSelector("main .help-box a[href^='tel:']"))).isNotEmpty();
			Browser.assertAccessible(browser, "a held post with the crisis lines");
		}
		finally {
			browser.quit();
		}
		Accounts.Created fresh = new Accounts(this.context).create("freshb");
		WebDriver newcomer = Browser.start();
		try {
			signIn(newcomer, fresh.username());
			newcomer.get(app("/community/off-topic/new"));
			Browser.type(newcomer, "#title", "Hello");
			Browser.type(newcomer, "#body", "My cat did a funny thing today");
			Browser.click(newcomer, "main form button[value='']");
			Browser.waitForErrors(newcomer);
			assertThat(newcomer.findElement(By.id("body")).getAttribute("value"))
				.isEqualTo("My cat did a funny thing today");
			Browser.assertAccessible(newcomer, "a post refused for a new account, the words kept");
		}
		finally {
			newcomer.quit();
		}
	}

	@Test
	void aReportedPostIsHiddenItsWriterAppealsAndTheReporterSeesTheOutcome() {
		String writer = member("writerb");
		String reporter = member("reporterb");
		Accounts.Created moderator = new Accounts(this.context).create("modb", Role.MODERATOR);
		Accounts.Created secondLook = new Accounts(this.context).create("modc", Role.MODERATOR);
		WebDriver writing = Browser.start();
		WebDriver reporting = Browser.start();
		WebDriver moderating = Browser.start();
		try {
			signIn(writing, writer);
			writing.get(app("/community/self-harm-support/new"));
			Browser.type(writing, "#title", "Everyone here is fake");
			Browser.type(writing, "#body", "This whole forum is fake and you are all liars.");
			Browser.click(writing, "main form button[value='']");
			Browser.waiting(writing).until((d) -> d.getCurrentUrl().contains("/community/threads/"));
			String thread = writing.getCurrentUrl().replaceFirst("#.*", "");

			signIn(reporting, reporter);
			reporting.get(thread);
			reporting.findElement(By.linkText("Report")).click();
			Browser.assertAccessible(reporting, "reporting a post");
			Browser.click(reporting, "main form button[type=submit]");
			Browser.waitForErrors(reporting);
			Browser.assertAccessible(reporting, "a report with an error");
			Browser.click(reporting, "#reason-unkind");
			Browser.type(reporting, "#note", "This is unkind to everyone.");
			Browser.click(reporting, "main form button[type=submit]");
			Browser.waitFor(reporting, "/me/reports");
			Browser.assertAccessible(reporting, "my reports");

			Browser.signInAsStaff(moderating, app(""), moderator.username());
			moderating.get(app("/moderation"));
			Browser.assertAccessible(moderating, "the moderation queue");
			// the shared test database may hold more than a page of other items
			while (moderating.findElements(By.partialLinkText("Everyone here is fake")).isEmpty()) {
				moderating.findElement(By.linkText("More")).click();
			}
			moderating.findElement(By.partialLinkText("Everyone here is fake")).click();
			Browser.waitToLeave(moderating, "/moderation");
			assertThat(moderating.findElement(By.tagName("main")).getText()).contains("This is unkind to everyone.");
			Browser.assertAccessible(moderating, "an item in the queue");
			Browser.click(moderating, "#decision-HIDE");
			Browser.click(moderating, "main form[action^='/moderation/items'] button");
			Browser.waitForErrors(moderating);
			Browser.assertAccessible(moderating, "a decision with an error");
			Browser.type(moderating, "#reason", "Please be kind to others here, even when you are hurting.");
			Browser.click(moderating, "main form[action^='/moderation/items'] button");
			Browser.waitFor(moderating, "/moderation");
			moderating.get(app("/moderation/rules"));
			Browser.assertAccessible(moderating, "the screening rules");
			Browser.click(moderating, "main form[action='/moderation/rules/check'] button");
			Browser.waiting(moderating).until((d) -> !d.findElements(By.cssSelector("table.checks")).isEmpty());
			Browser.assertAccessible(moderating, "the rules checked against the examples");
			Browser.type(moderating, "#new-pattern", "(unclosed");
			Browser.type(moderating, "#new-name", "broken-rule");
			Browser.click(moderating, "main form[action='/moderation/rules'] button");
			Browser.waitForErrors(moderating);
			Browser.assertAccessible(moderating, "a rule with an error");
			moderating.get(app("/moderation/spaces"));
			Browser.assertAccessible(moderating, "the space settings");
			moderating.findElement(By.linkText("Teens (13–17)")).click();
			Browser.waitToLeave(moderating, "/moderation/spaces");
			Browser.assertAccessible(moderating, "one space's settings");
			Browser.type(moderating, "#postsPerHour", "lots");
			Browser.click(moderating, "main form button");
			Browser.waitForErrors(moderating);
			Browser.assertAccessible(moderating, "a space's settings with an error");

			writing.get(app("/me/notices"));
			Browser.assertAccessible(writing, "messages from the moderators");
			writing.findElement(By.cssSelector("main .card a")).click();
			Browser.waitToLeave(writing, "/me/notices");
			assertThat(writing.findElement(By.tagName("main")).getText())
				.contains("Please be kind to others here, even when you are hurting.");
			assertThat(writing.findElements(By.cssSelector("main .help-box a[href^='tel:']"))).isNotEmpty();
			Browser.assertAccessible(writing, "a notice with a way to appeal");
			Browser.type(writing, "#appeal", "I was having a terrible night. I am sorry.");
			Browser.click(writing, "main form[action$='/appeal'] button");
			Browser.waiting(writing)
				.until((d) -> d.findElement(By.tagName("main"))
					.getText()
					.contains("A moderator will read your appeal"));

			reporting.get(app("/me/reports"));
			assertThat(reporting.findElement(By.cssSelector("main .card")).getText())
				.contains("A moderator took it down");

			moderating.get(app("/moderation"));
			moderating.findElement(By.partialLinkText(writer + " appealed")).click();
			Browser.waitToLeave(moderating, "/moderation");
			assertThat(moderating.findElement(By.tagName("main")).getText()).contains("You made this decision");
			assertThat(moderating.findElements(By.cssSelector("main form"))).isEmpty();
			Browser.assertAccessible(moderating, "an appeal against your own decision");
			String appeal = moderating.getCurrentUrl();
			moderating.manage().deleteAllCookies();
			Browser.signInAsStaff(moderating, app(""), secondLook.username());
			moderating.get(appeal);
			Browser.assertAccessible(moderating, "an appeal");
			Browser.click(moderating, "#outcome-DECLINED");
			Browser.type(moderating, "#answer",
					"Thank you for explaining. The post stays down, but you are welcome here.");
			Browser.click(moderating, "main form button");
			Browser.waitFor(moderating, "/moderation");
			writing.navigate().refresh();
			assertThat(writing.findElement(By.tagName("main")).getText()).contains("the decision stands");
		}
		finally {
			writing.quit();
			reporting.quit();
			moderating.quit();
		}
	}

	private void signIn(WebDriver browser, String username) {
		browser.get(app("/account/sign-in"));
		Browser.type(browser, "#username", username);
		Browser.type(browser, "#password", Accounts.PASSWORD);
		Browser.click(browser, "main form button[type=submit]");
		Browser.waitFor(browser, "/account");
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
