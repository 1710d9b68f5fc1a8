package org.holdfast.toolbox;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The toolbox in Chromium: a visitor fills in and prints a safety plan (one page); a
 * member saves a plan and changes it on a second device; the urge timer runs to the end
 * with JavaScript (on a clock sped up for the test) and without it; a journal entry
 * appears on the chart and in the table; and axe finds nothing on any toolbox page.
 */
@IntegrationTest
class ToolboxBrowserTests {

	/** How much faster than real time the sped-up clock runs. */
	private static final int FASTER = 30;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void aVisitorFillsInAndPrintsASafetyPlanOnOnePage() {
		WebDriver browser = Browser.start();
		try {
			browser.get(app("/toolbox"));
			Browser.assertAccessible(browser, "the toolbox");
			browser.findElement(By.cssSelector("a[href='/toolbox/safety-plan']")).click();
			Browser.waitFor(browser, "/toolbox/safety-plan");
			Browser.assertAccessible(browser, "a blank safety plan");
			browser.findElement(By.cssSelector("main details summary")).click();
			Browser.assertAccessible(browser, "a safety plan with examples open");
			String[] sections = { "warningSigns", "coping", "distractions", "people", "surroundings", "reasons" };
			for (String section : sections) {
				Browser.type(browser, "#" + section,
						"First thing for " + section + "\nSecond thing, a little longer, for " + section
								+ "\nThird thing for " + section + "\nFourth");
			}
			browser.findElement(By.cssSelector("main form button[type=submit]:not([formaction])")).click();
			Browser.waitFor(browser, "/toolbox/safety-plan/print");
			assertThat(browser.findElement(By.cssSelector(".plan")).getText())
				.contains("Second thing, a little longer, for reasons");
			assertThat(browser.findElement(By.cssSelector("button.js-print")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector("main .notice")).getText()).contains("not saved");
			Browser.assertAccessible(browser, "the plan ready to print");
			assertThat(pages(browser)).as("the printed plan fits on one page").isEqualTo(1);

			browser.findElement(By.cssSelector("main form[action='/toolbox/safety-plan'] button:not([formaction])"))
				.click();
			Browser.waitFor(browser, "/toolbox/safety-plan");
			assertThat(browser.findElement(By.id("reasons")).getAttribute("value"))
				.startsWith("First thing for reasons");
			Browser.type(browser, "#coping", "x".repeat(4001));
			browser.findElement(By.cssSelector("main form button[type=submit]:not([formaction])")).click();
			Browser.waitForErrors(browser);
			Browser.assertAccessible(browser, "a safety plan with an error");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aMemberSavesAPlanThenChangesItOnASecondDevice() {
		Accounts.Created member = new Accounts(this.context).create("planbrowser");
		WebDriver phone = Browser.phone(390);
		WebDriver laptop = null;
		try {
			signIn(phone, member.username());
			phone.get(app("/toolbox/safety-plan"));
			Browser.waitFor(phone, "/me/safety-plan/edit");
			Browser.type(phone, "#reasons", "My dog\nThe sea in summer");
			Browser.click(phone, "main form button[type=submit]");
			Browser.waitFor(phone, "/me/safety-plan");
			Browser.assertAccessible(phone, "my saved plan on a phone");

			laptop = Browser.start();
			signIn(laptop, member.username());
			laptop.findElement(By.cssSelector(".safety a[href='/me/safety-plan']")).click();
			Browser.waitFor(laptop, "/me/safety-plan");
			assertThat(laptop.findElement(By.cssSelector(".plan")).getText()).contains("The sea in summer");
			laptop.findElement(By.cssSelector("a[href='/me/safety-plan/edit']")).click();
			Browser.waitFor(laptop, "/me/safety-plan/edit");
			Browser.assertAccessible(laptop, "changing my plan");
			Browser.type(laptop, "#people", "My aunt, number in my phone");
			Browser.click(laptop, "main form button[type=submit]");
			Browser.waitFor(laptop, "/me/safety-plan");

			phone.navigate().refresh();
			assertThat(phone.findElement(By.cssSelector(".plan")).getText()).contains("My aunt, number in my phone",
					"The sea in summer");
		}
		finally {
			phone.quit();
			if (laptop != null) {
				laptop.quit();
			}
		}
	}

	@Test
	void whatAMemberTypedSurvivesASessionThatRanOut() {
		Accounts.Created member = new Accounts(this.context).create("slowwriter");
		WebDriver browser = Browser.start();
		try {
			signIn(browser, member.username());
			browser.get(app("/me/safety-plan/edit"));
			Browser.type(browser, "#reasons", "My nan's garden in spring");
			// the draft is kept a moment after typing stops
			Browser.waiting(browser)
				.until((d) -> String
					.valueOf(((JavascriptExecutor) d).executeScript(
							"return window.sessionStorage.getItem('draft:" + member.username() + ":safety-plan')"))
					.contains("garden"));
			browser.manage().deleteCookieNamed("hf_session");
			Browser.click(browser, "main form.plan-form button[type=submit]");
			Browser.waitFor(browser, "/account/sign-in");
			Browser.type(browser, "#username", member.username());
			Browser.type(browser, "#password", Accounts.PASSWORD);
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitToLeave(browser, "/account/sign-in");
			browser.get(app("/me/safety-plan/edit"));
			assertThat(browser.findElement(By.id("reasons")).getAttribute("value")).isEmpty();
			assertThat(browser.findElement(By.cssSelector(".draft-offer")).isDisplayed()).isTrue();
			Browser.assertAccessible(browser, "a plan with typing to put back");
			Browser.click(browser, ".draft-offer button");
			assertThat(browser.findElement(By.id("reasons")).getAttribute("value"))
				.isEqualTo("My nan's garden in spring");
			Browser.click(browser, "main form.plan-form button[type=submit]");
			Browser.waitFor(browser, "/me/safety-plan");
			assertThat(browser.findElement(By.cssSelector(".plan")).getText()).contains("My nan's garden in spring");
			Browser.waiting(browser)
				.until((d) -> ((JavascriptExecutor) d).executeScript(
						"return window.sessionStorage.getItem('draft:" + member.username() + ":safety-plan')") == null);

			// Someone else signs in on the same tab: the first member's typing is wiped,
			// not
			// offered to them.
			browser.get(app("/me/safety-plan/edit"));
			Browser.type(browser, "#reasons", "Something only I should see");
			Browser.waiting(browser)
				.until((d) -> ((JavascriptExecutor) d).executeScript(
						"return window.sessionStorage.getItem('draft:" + member.username() + ":safety-plan')") != null);
			browser.manage().deleteCookieNamed("hf_session");
			Accounts.Created other = new Accounts(this.context).create("nextwriter");
			browser.get(app("/account/sign-in"));
			Browser.type(browser, "#username", other.username());
			Browser.type(browser, "#password", Accounts.PASSWORD);
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitToLeave(browser, "/account/sign-in");
			browser.get(app("/me/safety-plan/edit"));
			assertThat(browser.findElement(By.cssSelector(".draft-offer")).isDisplayed()).isFalse();
			assertThat(((JavascriptExecutor) browser).executeScript(
					"return Object.keys(window.sessionStorage).filter(function (k) { return k.indexOf('draft:') === 0; }).join()"))
				.asString()
				.doesNotContain(member.username());
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theUrgeTimerRunsToTheEndWithJavaScript() {
		ChromeDriver browser = (ChromeDriver) Browser.start();
		try {
			// A clock that runs FASTER times faster, from the first script on every page:
			// five minutes pass in a couple of seconds, and the page cannot tell.
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
					"(function () { var real = Date.now.bind(Date); var start = real(); Date.now = function () { return start + (real() - start) * "
							+ FASTER + "; }; }());"));
			browser.get(app("/toolbox/urge-timer"));
			Browser.assertAccessible(browser, "the urge timer");
			Browser.click(browser, "label[for='minutes']");
			Browser.click(browser, "label[for='before-8']");
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitFor(browser, "/toolbox/urge-timer/ride");
			assertThat(browser.findElement(By.cssSelector(".wave__live")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector(".wave__steps")).isDisplayed())
				.as("no next links with JavaScript")
				.isFalse();
			assertThat(browser.findElement(By.cssSelector(".wave__clock")).getAttribute("role")).isEqualTo("timer");
			Browser.waiting(browser)
				.until((d) -> browser.findElement(By.cssSelector(".wave__status")).getText().startsWith("Try this"));
			assertThat(browser.findElement(By.cssSelector(".wave__prompt[aria-current] h3")).getText())
				.isEqualTo("Try this");

			Browser.click(browser, ".wave__pause");
			assertThat(browser.findElement(By.cssSelector(".wave__pause")).getText()).isEqualTo("Carry on");
			assertThat(browser.findElement(By.cssSelector(".wave__status")).getText()).contains("paused");
			String paused = browser.findElement(By.cssSelector(".wave__clock")).getText();
			Object later = ((JavascriptExecutor) browser).executeAsyncScript(
					"var done = arguments[arguments.length - 1]; setTimeout(function () { done(document.querySelector('.wave__clock').textContent); }, 400);");
			assertThat(later).as("a paused clock stands still").isEqualTo(paused);
			Browser.assertAccessible(browser, "the timer, paused");
			Browser.click(browser, ".wave__pause");

			Browser.waiting(browser).until((d) -> browser.findElement(By.cssSelector(".wave__done")).isDisplayed());
			assertThat(browser.findElement(By.cssSelector(".wave__clock")).getText()).isEqualTo("Time left: 0:00");
			assertThat(browser.findElement(By.cssSelector(".wave__status")).getText()).contains("The time is up");
			Browser.assertAccessible(browser, "the timer at the end");
			Browser.click(browser, ".wave__done a");
			Browser.waitFor(browser, "/toolbox/urge-timer/end");
			finish(browser, true);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theUrgeTimerRunsToTheEndWithoutJavaScript() {
		WebDriver browser = Browser.withoutJavaScript();
		try {
			browser.get(app("/toolbox/urge-timer"));
			Browser.click(browser, "label[for='before-8']");
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitFor(browser, "/toolbox/urge-timer/ride");
			for (int prompt = 1; prompt <= 6; prompt++) {
				assertThat(browser.getTitle()).startsWith("Ride the wave – prompt " + prompt + " of 6");
				assertThat(browser.findElements(By.cssSelector(".wave__prompt"))
					.stream()
					.filter((item) -> item.isDisplayed())
					.count()).isEqualTo(1);
				browser.findElement(By.cssSelector(".wave__steps a.button")).click();
				if (prompt < 6) {
					int next = prompt + 1;
					Browser.waiting(browser).until((d) -> d.getTitle().contains("prompt " + next + " of"));
				}
			}
			Browser.waitFor(browser, "/toolbox/urge-timer/end");
			finish(browser, false);
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void aJournalEntryAppearsOnTheChartAndInTheTable() {
		Accounts.Created member = new Accounts(this.context).create("journalbrowser");
		WebDriver browser = Browser.start();
		try {
			signIn(browser, member.username());
			browser.get(app("/me/journal"));
			Browser.assertAccessible(browser, "an empty journal");
			browser.findElement(By.cssSelector("main a[href='/me/journal/new']")).click();
			Browser.waitFor(browser, "/me/journal/new");
			Browser.assertAccessible(browser, "a new journal entry");
			Browser.click(browser, "main form[action='/me/journal/new'] button[type=submit]");
			Browser.waitForErrors(browser);
			Browser.assertAccessible(browser, "a journal entry with an error");
			Browser.click(browser, "label[for='mood-4']");
			Browser.click(browser, "label[for='urge-3']");
			Browser.type(browser, "#situation", "Busy day, went for a walk after");
			browser.findElement(By.cssSelector("main details.helped-group summary")).click();
			browser.findElement(By.cssSelector("main details.helped-group[open] .choice label")).click();
			Browser.click(browser, "main form[action='/me/journal/new'] button[type=submit]");
			Browser.waitFor(browser, "/me/journal");
			assertThat(
					browser.findElement(By.cssSelector(".chart--mood path.chart__points")).getAttribute("data-points"))
				.isEqualTo("1");
			assertThat(
					browser.findElement(By.cssSelector(".chart--urge path.chart__points")).getAttribute("data-points"))
				.isEqualTo("1");
			assertThat(browser.findElement(By.cssSelector(".journal-table tbody tr")).getText()).contains("Good",
					"3 of 10", "Busy day, went for a walk after");
			assertThat(browser.findElement(By.id("journal-summary")).getText()).contains("1 entry on 1 day");
			Browser.assertAccessible(browser, "the journal with an entry");
			for (String days : new String[] { "7", "90", "365" }) {
				browser.get(app("/me/journal?days=" + days));
				assertThat(browser.findElement(By.cssSelector(".chart--mood path.chart__points"))
					.getAttribute("data-points")).isEqualTo("1");
				Browser.assertAccessible(browser, "the journal over " + days + " days");
			}
			browser.findElement(By.cssSelector(".journal-table a")).click();
			Browser.assertAccessible(browser, "changing a journal entry");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void everyOtherToolboxPageHasNoAccessibilityProblems() {
		Accounts accounts = new Accounts(this.context);
		Accounts.Created member = accounts.create("toolboxaxe");
		Accounts.Created editor = accounts.create("toolboxeditor", Role.EDITOR);
		WebDriver browser = Browser.start();
		try {
			browser.get(app("/toolbox/activities"));
			Browser.assertAccessible(browser, "the activities");
			browser.get(app("/toolbox/activities/five-four-three-two-one"));
			Browser.assertAccessible(browser, "an activity");
			browser.get(app("/toolbox/right-now?kind=ground&kind=breathe"));
			Browser.assertAccessible(browser, "something for right now");
			browser.get(app("/toolbox/urge-timer/ride?minutes=7&before=11"));
			Browser.assertAccessible(browser, "the urge timer with errors");

			signIn(browser, member.username());
			browser.get(app("/toolbox"));
			Browser.assertAccessible(browser, "the toolbox, signed in");
			browser.get(app("/toolbox/activities/five-four-three-two-one"));
			Browser.click(browser, "main form[action^='/me/favourites'] button");
			Browser.waitFor(browser, "/toolbox/activities/five-four-three-two-one");
			Browser.assertAccessible(browser, "an activity, a favourite");
			browser.get(app("/me/activities"));
			Browser.click(browser, "main form[action='/me/activities'] button");
			Browser.waitForErrors(browser);
			Browser.assertAccessible(browser, "my own ideas, with an error");
			Browser.type(browser, "#title", "Play my guitar");
			Browser.click(browser, "main form[action='/me/activities'] button");
			Browser.waitFor(browser, "/me/activities");
			browser.findElement(By.cssSelector("main .card a")).click();
			Browser.assertAccessible(browser, "changing one of my own ideas");
			browser.get(app("/toolbox/activities"));
			Browser.assertAccessible(browser, "the activities with favourites and my own");
			browser.get(app("/toolbox/right-now?kind=mine"));
			Browser.assertAccessible(browser, "something of my own for right now");
			browser.get(app("/toolbox/urge-timer/ride?minutes=10"));
			Browser.waitFor(browser, "/toolbox/urge-timer/ride");
			String started = browser.getCurrentUrl().replaceAll("^.*started=(\\d+).*$", "$1");
			browser.get(app("/toolbox/urge-timer/end?minutes=10&started=" + started));
			Browser.click(browser, "label[for='after-9']");
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitFor(browser, "/toolbox/urge-timer/outcome");
			Browser.assertAccessible(browser, "the timer's outcome, with help, signed in");
			Browser.click(browser, "main form[action='/me/journal/from-timer'] button");
			Browser.waitFor(browser, "/me/journal/from-timer");
			Browser.assertAccessible(browser, "a journal entry from the timer");

			WebDriver staff = Browser.start();
			try {
				Browser.signInAsStaff(staff, app(""), editor.username());
				staff.get(app("/editor/activities"));
				Browser.assertAccessible(staff, "the activity editor's list");
				staff.get(app("/editor/activities/new"));
				Browser.click(staff, "main form.editor__form button[value=save]");
				Browser.waitForErrors(staff);
				Browser.assertAccessible(staff, "a new activity with errors");
				staff.get(app("/editor/activities"));
				staff.findElement(By.cssSelector("main table a")).click();
				Browser.assertAccessible(staff, "editing an activity");
			}
			finally {
				staff.quit();
			}
		}
		finally {
			browser.quit();
		}
	}

	/**
	 * The end of a ride: the urge now, then the outcome. Axe runs where the page runs
	 * scripts (it is one).
	 */
	private void finish(WebDriver browser, boolean scripted) {
		if (scripted) {
			Browser.assertAccessible(browser, "how did it go");
		}
		Browser.click(browser, "label[for='after-3']");
		Browser.click(browser, "main form button[type=submit]");
		Browser.waitFor(browser, "/toolbox/urge-timer/outcome");
		assertThat(browser.findElement(By.cssSelector("main .lead")).getText())
			.isEqualTo("The urge went from 8 to 3. You got through it.");
		if (scripted) {
			Browser.assertAccessible(browser, "the timer's outcome");
		}
	}

	private void signIn(WebDriver browser, String username) {
		browser.get(app("/account/sign-in"));
		Browser.type(browser, "#username", username);
		Browser.type(browser, "#password", Accounts.PASSWORD);
		Browser.click(browser, "main form button[type=submit]");
		Browser.waitFor(browser, "/account");
	}

	/** How many pages the browser prints the page on. */
	private static int pages(WebDriver browser) {
		String pdf = new String(
				Base64.getDecoder().decode(((PrintsPage) browser).print(new PrintOptions()).getContent()),
				StandardCharsets.ISO_8859_1);
		Matcher page = Pattern.compile("/Type\\s*/Page[^s]").matcher(pdf);
		int count = 0;
		while (page.find()) {
			count++;
		}
		return count;
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
