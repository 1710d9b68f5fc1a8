package org.holdfast.path;

import java.time.Duration;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Growth paths in Chromium: a visitor follows two steps, signs up and carries on at step
 * 3, then a second device picks up the same place; axe on every page and step kind; the
 * practice timer by keyboard alone, and without JavaScript.
 */
@IntegrationTest
class PathBrowserTests {

	static final String URGE = "/paths/riding-out-an-urge-path";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Test
	void followTwoStepsSignUpAndCarryOnHereAndOnASecondDevice() {
		WebDriver browser = Browser.start();
		WebDriver second = null;
		try {
			browser.get(app("/paths"));
			Browser.assertAccessible(browser, "the paths");
			browser.findElement(By.cssSelector("a[href='" + URGE + "']")).click();
			Browser.assertAccessible(browser, "a path's overview");
			browser.findElement(By.cssSelector("a[href='" + URGE + "/continue']")).click();
			Browser.waitFor(browser, URGE + "/steps/1");
			Browser.assertAccessible(browser, "a read step");
			Browser.click(browser, "main form[action$='/done'] button");
			Browser.waitFor(browser, URGE + "/steps/2");
			Browser.assertAccessible(browser, "a reflect step");
			Browser.type(browser, "#body", "It rose fast and faded after a while.");
			Browser.click(browser, "main form[action$='/reflection'] button");
			Browser.waitFor(browser, URGE + "/steps/3");
			Browser.assertAccessible(browser, "a practice step with a checklist");

			String username = Accounts.username("browsepath");
			browser.get(app("/account/sign-up"));
			Browser.type(browser, "#username", username);
			Browser.type(browser, "#password", Accounts.PASSWORD);
			Browser.click(browser, "label[for=ageBand]");
			Browser.click(browser, "#guidelines");
			Browser.click(browser, "#privacy");
			Browser.click(browser, "main form button[type=submit]");
			Browser.waitFor(browser, "/account/recovery-codes/new");
			browser.get(app(URGE + "/continue"));
			Browser.waitFor(browser, URGE + "/steps/3");
			assertThat(browser.findElement(By.cssSelector(".path-progress__summary")).getText())
				.isEqualTo("2 of 8 steps done");
			browser.get(app("/me"));
			assertThat(browser.findElement(By.cssSelector(".reflections")).getText())
				.contains("It rose fast and faded after a while.");
			Browser.assertAccessible(browser, "my paths");

			second = Browser.start();
			second.get(app("/account/sign-in"));
			Browser.type(second, "#username", username);
			Browser.type(second, "#password", Accounts.PASSWORD);
			Browser.click(second, "main form button[type=submit]");
			Browser.waitToLeave(second, "/account/sign-in");
			second.get(app(URGE + "/continue"));
			Browser.waitFor(second, URGE + "/steps/3");

			second.get(app(URGE + "/steps/8"));
			Browser.assertAccessible(second, "a check-in");
			Browser.click(second, "main form[action$='/check-in'] button");
			Browser.waitForErrors(second);
			Browser.assertAccessible(second, "a check-in with an error");
			Browser.click(second, "label[for=feeling-2]");
			Browser.click(second, "main form[action$='/check-in'] button");
			Browser.waiting(second).until((driver) -> !driver.findElements(By.cssSelector(".help-box")).isEmpty());
			Browser.assertAccessible(second, "a low check-in with the crisis lines");
			second.get(app(URGE + "/complete"));
			Browser.assertAccessible(second, "the end of a path");
			second.get(app(URGE + "/steps/42"));
			Browser.assertAccessible(second, "a step that does not exist");
		}
		finally {
			browser.quit();
			if (second != null) {
				second.quit();
			}
		}
	}

	@Test
	void thePathEditorPagesAreAccessible() {
		WebDriver browser = Browser.start();
		try {
			Browser.signInAsStaff(browser, app(""),
					new Accounts(this.context).create("patheditor", Role.EDITOR).username());
			browser.get(app("/editor/paths"));
			Browser.assertAccessible(browser, "the path editor's list");
			browser.get(app("/editor/paths/new"));
			Browser.assertAccessible(browser, "a new path");
			Browser.click(browser, "button[value=save]");
			Browser.waitForErrors(browser);
			Browser.assertAccessible(browser, "a new path with errors");
			browser.findElement(By.linkText("Back to growth paths")).click();
			browser.findElement(By.linkText("Riding out an urge")).click();
			Browser.assertAccessible(browser, "editing a published path, with hints");
			browser.findElement(By.partialLinkText("History")).click();
			Browser.assertAccessible(browser, "a path's history");
			browser.findElement(By.cssSelector("tbody a")).click();
			Browser.assertAccessible(browser, "a path revision");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void theTimerWorksByKeyboardAlone() {
		WebDriver browser = Browser.start();
		try {
			browser.get(app(URGE + "/steps/4"));
			Browser.assertAccessible(browser, "a timed practice step");
			WebElement start = browser.findElement(By.cssSelector(".timer__start"));
			assertThat(start.isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector(".timer__fallback")).isDisplayed()).isFalse();
			WebElement clock = browser.findElement(By.cssSelector(".timer__clock"));
			assertThat(clock.getText()).isEqualTo("3:00");
			for (int i = 0; i < 60 && !start.equals(browser.switchTo().activeElement()); i++) {
				browser.switchTo().activeElement().sendKeys(Keys.TAB);
			}
			assertThat(browser.switchTo().activeElement()).as("the start button is reached with Tab").isEqualTo(start);
			start.sendKeys(Keys.ENTER);
			new WebDriverWait(browser, Duration.ofSeconds(10)).until((driver) -> !clock.getText().equals("3:00"));
			assertThat(browser.findElement(By.cssSelector(".timer__now")).getText()).as("the first prompt is announced")
				.isNotEmpty();
			assertThat(browser.findElement(By.cssSelector(".timer__prompts li[aria-current]"))).isNotNull();
			start.sendKeys(Keys.SPACE);
			assertThat(start.getText()).isEqualTo("Carry on");
			String paused = clock.getText();
			assertThatExceptionOfType(TimeoutException.class).as("paused: the clock stays still")
				.isThrownBy(() -> new WebDriverWait(browser, Duration.ofMillis(2500))
					.until((driver) -> !clock.getText().equals(paused)));
			browser.switchTo().activeElement().sendKeys(Keys.TAB);
			browser.switchTo().activeElement().sendKeys(Keys.ENTER);
			assertThat(clock.getText()).as("start again").isEqualTo("3:00");
			Browser.assertAccessible(browser, "the timer, reset");
		}
		finally {
			browser.quit();
		}
	}

	@Test
	void withoutJavaScriptTheTimerStepIsAListToFollow() {
		WebDriver browser = Browser.withoutJavaScript();
		try {
			browser.get(app(URGE + "/steps/4"));
			assertThat(browser.findElement(By.cssSelector(".timer__fallback")).isDisplayed()).isTrue();
			assertThat(browser.findElement(By.cssSelector(".timer__live")).isDisplayed()).isFalse();
			assertThat(browser.findElements(By.cssSelector(".timer__prompts li"))).hasSizeGreaterThan(3);
			Browser.click(browser, "main form[action$='/done'] button");
			Browser.waitFor(browser, URGE + "/steps/5");
		}
		finally {
			browser.quit();
		}
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
