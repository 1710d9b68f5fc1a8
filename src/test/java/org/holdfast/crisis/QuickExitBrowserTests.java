package org.holdfast.crisis;

import java.time.Duration;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.NeutralSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quick exit in a real browser: by click and by pressing Shift three times, leaving
 * no way Back; clearing what the site stored; and working with JavaScript switched off.
 * Also the banner on a small phone and keyboard-only use.
 */
@IntegrationTest
class QuickExitBrowserTests {

	static final NeutralSite neutral = new NeutralSite();

	@LocalServerPort
	int port;

	WebDriver browser;

	@DynamicPropertySource
	static void exitToTheNeutralSite(DynamicPropertyRegistry registry) {
		registry.add("holdfast.crisis.exit-url", () -> neutral.url("/weather"));
	}

	@AfterEach
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@AfterAll
	static void stopNeutralSite() {
		neutral.close();
	}

	@Test
	void clickingQuickExitLeavesForTheNeutralSiteAndBackDoesNotReturn() {
		this.browser = Browser.start();
		this.browser.get(neutral.url("/before"));
		this.browser.get(app("/help"));
		this.browser.findElement(By.cssSelector("a.quick-exit__link")).click();
		waitForUrl(neutral.url("/weather"));
		this.browser.navigate().back();
		waitForUrl(neutral.url("/before"));
	}

	@Test
	void pressingShiftThreeTimesLeavesAndBackDoesNotReturn() {
		this.browser = Browser.start();
		this.browser.get(neutral.url("/before"));
		this.browser.get(app("/"));
		Actions keyboard = new Actions(this.browser);
		for (int press = 0; press < 3; press++) {
			keyboard.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
		}
		waitForUrl(neutral.url("/weather"));
		this.browser.navigate().back();
		waitForUrl(neutral.url("/before"));
	}

	@Test
	void shiftUsedForTypingCapitalsDoesNotLeave() {
		this.browser = Browser.start();
		this.browser.get(app("/"));
		new Actions(this.browser).keyDown(Keys.SHIFT)
			.sendKeys("a")
			.keyUp(Keys.SHIFT)
			.keyDown(Keys.SHIFT)
			.sendKeys("b")
			.keyUp(Keys.SHIFT)
			.keyDown(Keys.SHIFT)
			.sendKeys("c")
			.keyUp(Keys.SHIFT)
			.perform();
		// exit() marks the page synchronously before it navigates, so this cannot race
		// it.
		assertThat(script("return document.documentElement.classList.contains('is-exiting');")).isEqualTo(false);
		assertThat(this.browser.getCurrentUrl()).isEqualTo(app("/"));
	}

	@Test
	void quickExitClearsTheRememberedCountry() {
		this.browser = Browser.start();
		this.browser.get(app("/help"));
		new Select(this.browser.findElement(By.id("country-select"))).selectByValue("au");
		this.browser.findElement(By.cssSelector("form[action='/help/country'] button")).click();
		// The click only starts the form's navigation; wait for the page it lands on.
		Browser.waiting(this.browser).until((driver) -> bannerCallLinks().contains("tel:131114"));
		this.browser.findElement(By.cssSelector("a.quick-exit__link")).click();
		waitForUrl(neutral.url("/weather"));
		this.browser.get(app("/"));
		assertThat(bannerCallLinks()).doesNotContain("tel:131114").contains("tel:988");
	}

	@Test
	void withoutJavaScriptTheBannerAndTheExitLinkStillWork() {
		this.browser = Browser.withoutJavaScript();
		this.browser.get(app("/"));
		assertThat(bannerCallLinks()).contains("tel:988");
		assertThat(this.browser.findElement(By.cssSelector("section.safety a[href='/help']")).isDisplayed()).isTrue();
		this.browser.findElement(By.cssSelector("a.quick-exit__link")).click();
		waitForUrl(neutral.url("/weather"));
	}

	@Test
	void onA360PixelPhoneTheCallLinkIsVisibleWithoutScrolling() {
		this.browser = Browser.phone(360);
		for (String path : new String[] { "/", "/help", "/no-such-page" }) {
			this.browser.get(app(path));
			WebElement call = this.browser.findElement(By.cssSelector("section.safety a[href^='tel:']"));
			assertThat(call.isDisplayed()).isTrue();
			long bottom = ((Number) script("return arguments[0].getBoundingClientRect().bottom;", call)).longValue();
			long viewport = ((Number) script("return window.innerHeight;")).longValue();
			assertThat(bottom).as("bottom of the call link on %s", path).isLessThanOrEqualTo(viewport);
			assertThat(this.browser.findElement(By.cssSelector("a.quick-exit__link")).isDisplayed()).isTrue();
		}
	}

	@Test
	void pagesReflowWithoutSidewaysScrollingAt320Pixels() {
		this.browser = Browser.phone(320);
		for (String path : new String[] { "/", "/help", "/help/in" }) {
			this.browser.get(app(path));
			long scrollWidth = ((Number) script("return document.documentElement.scrollWidth;")).longValue();
			long viewport = ((Number) script("return window.innerWidth;")).longValue();
			assertThat(scrollWidth).as("page width on %s", path).isLessThanOrEqualTo(viewport);
		}
	}

	@Test
	void keyboardUsersMeetTheSkipLinkThenTheQuickExit() {
		this.browser = Browser.start();
		this.browser.get(app("/help"));
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		WebElement skip = this.browser.switchTo().activeElement();
		assertThat(skip.getAttribute("class")).isEqualTo("skip-link");
		assertThat(skip.isDisplayed()).isTrue();
		new Actions(this.browser).sendKeys(Keys.TAB).perform();
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("quick-exit__link");
		new Actions(this.browser).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
		new Actions(this.browser).sendKeys(Keys.ENTER).perform();
		assertThat(this.browser.getCurrentUrl()).endsWith("/help#main-content");
	}

	private java.util.List<String> bannerCallLinks() {
		return this.browser.findElements(By.cssSelector("section.safety a[href^='tel:']"))
			.stream()
			.map((link) -> link.getAttribute("href"))
			.toList();
	}

	private Object script(String script, Object... args) {
		return ((org.openqa.selenium.JavascriptExecutor) this.browser).executeScript(script, args);
	}

	private void waitForUrl(String url) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url));
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
