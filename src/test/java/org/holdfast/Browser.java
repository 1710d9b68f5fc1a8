package org.holdfast;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.holdfast.account.Accounts;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts Debian's headless Chromium through its own chromedriver
 * ({@code /usr/bin/chromedriver}; Selenium Manager never runs and nothing is downloaded).
 * {@code HOLDFAST_CHROME} and {@code HOLDFAST_CHROMEDRIVER} point elsewhere, for example
 * on a hosted CI runner.
 *
 * <p>
 * Without a browser the browser tests are skipped on a developer's machine, but with
 * {@code CI=true} they fail: CI must run them.
 */
public final class Browser {

	static final String CHROME = env("HOLDFAST_CHROME", "/usr/bin/chromium");

	static final String CHROMEDRIVER = env("HOLDFAST_CHROMEDRIVER", "/usr/bin/chromedriver");

	private Browser() {
	}

	/** Skips the calling test when no browser is installed, unless running in CI. */
	public static void assumeInstalled() {
		boolean installed = new File(CHROME).canExecute() && new File(CHROMEDRIVER).canExecute();
		if (installed) {
			return;
		}
		String message = "Browser tests need " + CHROME + " and " + CHROMEDRIVER
				+ " (apt-get install chromium chromium-driver, or run .ci/run)";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
	}

	/** A desktop-sized browser with JavaScript. */
	public static WebDriver start() {
		return start(true, null);
	}

	/** A browser with JavaScript switched off. */
	public static WebDriver withoutJavaScript() {
		return start(false, null);
	}

	/** A phone-sized browser, {@code width} CSS pixels wide. */
	public static WebDriver phone(int width) {
		return start(true, width);
	}

	private static WebDriver start(boolean javascript, Integer phoneWidth) {
		assumeInstalled();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROME);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--lang=en-US", "--window-size=1280,900", "--user-data-dir=" + temporaryProfile());
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		if (phoneWidth != null) {
			options.setExperimentalOption("mobileEmulation",
					Map.of("deviceMetrics", Map.of("width", phoneWidth, "height", 640, "pixelRatio", 3.0)));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	private static String temporaryProfile() {
		try {
			File profile = Files.createTempDirectory("holdfast-chromium").toFile();
			profile.deleteOnExit();
			return profile.getAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The WCAG 2.2 A and AA rule tags that axe-core checks, plus its best practices. */
	public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	/** Runs axe-core on the page the browser shows and fails on any violation. */
	public static void assertAccessible(WebDriver browser, String where) {
		waiting(browser).until((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
		Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(browser);
		org.assertj.core.api.Assertions.assertThat(results.getPasses())
			.as("axe ran its checks on %s", where)
			.isNotEmpty();
		org.assertj.core.api.Assertions.assertThat(results.getViolations())
			.as("axe violations on %s: %s", where, describe(results.getViolations()))
			.isEmpty();
	}

	/** Types into the field, replacing what was there. */
	public static void type(WebDriver browser, String selector, String text) {
		WebElement field = browser.findElement(By.cssSelector(selector));
		field.clear();
		field.sendKeys(text);
	}

	public static void click(WebDriver browser, String selector) {
		browser.findElement(By.cssSelector(selector)).click();
	}

	/**
	 * A wait for something a page shows. A click returns before the next page has
	 * arrived, so an element found mid-load may be replaced while it is read: the wait
	 * looks again instead of failing.
	 */
	public static WebDriverWait waiting(WebDriver browser) {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Waits until the browser shows this page: a password hash can take a moment on a
	 * busy machine, and a click returns before the next page arrives.
	 */
	public static void waitFor(WebDriver browser, String path) {
		new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage(
				() -> "expected " + path + " but the page says: " + browser.findElement(By.tagName("main")).getText())
			.until((driver) -> URI.create(driver.getCurrentUrl()).getPath().equals(path));
	}

	/** Waits until the browser leaves this page. */
	public static void waitToLeave(WebDriver browser, String path) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> !URI.create(driver.getCurrentUrl()).getPath().equals(path));
	}

	/** Waits until a form has come back with its errors (the title says "Error:"). */
	public static void waitForErrors(WebDriver browser) {
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until((driver) -> driver.getTitle() != null && driver.getTitle().startsWith("Error: "));
	}

	/** Fails if a JavaScript dialog (an injected {@code alert()}) is open. */
	public static void assertNoDialog(WebDriver browser, String where) {
		try {
			String text = browser.switchTo().alert().getText();
			throw new AssertionError("A dialog opened on " + where + ": " + text);
		}
		catch (NoAlertPresentException expected) {
			// as it should be
		}
	}

	/**
	 * Signs a staff member in through the pages, setting up two-step sign-in with the
	 * code an authenticator app would show. They land on their account page.
	 */
	public static void signInAsStaff(WebDriver browser, String base, String username) {
		browser.get(base + "/account/sign-in");
		type(browser, "#username", username);
		type(browser, "#password", Accounts.PASSWORD);
		click(browser, "main form button[type=submit]");
		waitFor(browser, "/account/two-factor");
		String secret = browser.findElement(By.cssSelector("code.secret")).getText().replace(" ", "");
		type(browser, "#code", Accounts.code(secret, Instant.now()));
		click(browser, "main form button[type=submit]");
		waitFor(browser, "/account");
	}

	private static String describe(List<Rule> violations) {
		return violations.stream()
			.map((rule) -> rule.getId() + " (" + rule.getNodes().size() + "): " + rule.getHelp() + " "
					+ rule.getNodes().stream().map((node) -> String.valueOf(node.getTarget())).toList())
			.collect(Collectors.joining("; "));
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
