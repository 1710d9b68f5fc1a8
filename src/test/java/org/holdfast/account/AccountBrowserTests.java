package org.holdfast.account;

import java.time.Instant;
import java.util.List;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account journeys in Chromium, by keyboard-free clicking and typing as a person
 * would, with an axe-core scan of every account page on the way (and of each page's error
 * state).
 */
@IntegrationTest
class AccountBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressThrottle addresses;

	@BeforeAll
	static void startBrowser() {
		browser = Browser.start();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void freshBrowser() {
		this.addresses.forgetAll();
		browser.get(app("/"));
		browser.manage().deleteAllCookies();
	}

	@Test
	void signUpSeeTheCodesSignOutAndSignIn() {
		browser.get(app("/account/sign-up"));
		Browser.assertAccessible(browser, "sign-up");
		click("main form button[type=submit]");
		waitForErrors();
		Browser.assertAccessible(browser, "sign-up with errors");
		assertThat(browser.switchTo().activeElement().getTagName()).isNotNull();

		String username = Accounts.username("browser");
		type("#username", username);
		type("#password", "copper kettle autumn lantern");
		click("label[for=ageBand]");
		click("#guidelines");
		click("#privacy");
		click("main form button[type=submit]");

		waitFor("/account/recovery-codes/new");
		List<WebElement> codes = browser.findElements(By.cssSelector("ol.codes code"));
		assertThat(codes).hasSize(10);
		assertThat(browser.findElement(By.cssSelector(".js-print")).isDisplayed()).as("print button with JavaScript")
			.isTrue();
		Browser.assertAccessible(browser, "recovery codes");
		String code = codes.get(0).getText();

		click("a.button[href='/account']");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("My account");
		Browser.assertAccessible(browser, "my account");

		click(".site-nav button");
		waitFor("/account/signed-out");
		Browser.assertAccessible(browser, "signed out");
		assertThat(browser.manage().getCookieNamed("hf_session")).isNull();

		browser.get(app("/account/sign-in"));
		Browser.assertAccessible(browser, "sign-in");
		type("#username", username);
		type("#password", "not the password I chose");
		click("main form button[type=submit]");
		waitForErrors();
		assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("don’t match");
		Browser.assertAccessible(browser, "sign-in with an error");
		type("#password", "copper kettle autumn lantern");
		click("main form button[type=submit]");
		waitFor("/account");

		assertThat(code).matches("([0-9a-z]{5}-){4}[0-9a-z]{5}");
	}

	@Test
	void recoverWithACode() {
		Accounts.Created member = new Accounts(this.context).create("browserrec");
		browser.get(app("/account/recover"));
		Browser.assertAccessible(browser, "recover");
		type("#username", member.username());
		type("#code", "wrong-wrong");
		type("#password", "a brand new passphrase here");
		click("main form button[type=submit]");
		waitForErrors();
		Browser.assertAccessible(browser, "recover with an error");
		type("#code", member.recoveryCodes().get(5));
		type("#password", "a brand new passphrase here");
		click("main form button[type=submit]");
		waitFor("/account");
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("9 recovery codes left");
	}

	@Test
	void exportMyData() {
		Accounts.Created member = new Accounts(this.context).create("browserexp");
		signIn(member.username());
		WebElement link = browser.findElement(By.cssSelector("a[href='/account/export']"));
		assertThat(link.getAttribute("download")).isNotNull();
		Object json = ((JavascriptExecutor) browser).executeAsyncScript(
				"var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(function (r) { return r.text(); }).then(done);",
				link.getAttribute("href"));
		assertThat(json.toString()).contains("\"username\": \"" + member.username() + "\"", "\"recovery_code\"");
		for (String page : List.of("/account/password", "/account/recovery-codes", "/account/preferences", "/privacy",
				"/guidelines")) {
			browser.get(app(page));
			Browser.assertAccessible(browser, page);
		}
		browser.get(app("/account/password"));
		click("main form button[type=submit]");
		waitForErrors();
		Browser.assertAccessible(browser, "change password with errors");
	}

	@Test
	void deleteMyAccount() {
		Accounts.Created member = new Accounts(this.context).create("browserdel");
		signIn(member.username());
		click("a[href='/account/delete']");
		Browser.assertAccessible(browser, "delete");
		click("main form button[type=submit]");
		waitForErrors();
		Browser.assertAccessible(browser, "delete with errors");
		type("#current", Accounts.PASSWORD);
		click("#confirm");
		click("main form button[type=submit]");
		waitFor("/account/deleted");
		Browser.assertAccessible(browser, "deleted");
		browser.get(app("/account"));
		assertThat(browser.getCurrentUrl()).contains("/account/sign-in");
	}

	@Test
	void underThirteenAndStaffPagesAreAccessibleToo() {
		browser.get(app("/account/sign-up"));
		click("label[for=ageBand-under]");
		click("main form button[type=submit]");
		Browser.waiting(browser)
			.until((driver) -> driver.findElement(By.tagName("h1")).getText().contains("13 and over"));
		Browser.assertAccessible(browser, "too young");

		Accounts.Created admin = new Accounts(this.context).create("browseradm", Role.ADMIN);
		Accounts.Created member = new Accounts(this.context).create("browsersubject");
		browser.manage().deleteAllCookies();
		signIn(admin.username());
		assertThat(browser.getCurrentUrl()).endsWith("/account/two-factor");
		assertThat(((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.querySelector('img.qr').naturalWidth")).intValue()).as("the QR code loads")
			.isPositive();
		Browser.assertAccessible(browser, "two-step set-up");
		String secret = browser.findElement(By.cssSelector("code.secret")).getText().replace(" ", "");
		type("#code", Accounts.code(secret, Instant.now()));
		click("main form button[type=submit]");
		waitFor("/account");
		for (String page : List.of("/admin/members", "/admin/members/" + member.username(), "/admin/audit")) {
			browser.get(app(page));
			Browser.assertAccessible(browser, page);
		}
		browser.get(app("/admin/members/" + member.username()));
		click("main form button[type=submit]");
		waitForErrors();
		Browser.assertAccessible(browser, "member admin with errors");
	}

	private void signIn(String username) {
		browser.get(app("/account/sign-in"));
		type("#username", username);
		type("#password", Accounts.PASSWORD);
		click("main form button[type=submit]");
		Browser.waitToLeave(browser, "/account/sign-in");
	}

	private void waitForErrors() {
		Browser.waitForErrors(browser);
	}

	private void waitFor(String path) {
		Browser.waitFor(browser, path);
	}

	private static void type(String selector, String text) {
		Browser.type(browser, selector, text);
	}

	private static void click(String selector) {
		Browser.click(browser, selector);
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
