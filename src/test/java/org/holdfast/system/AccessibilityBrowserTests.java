package org.holdfast.system;

import java.time.Clock;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.holdfast.TestPages;
import org.holdfast.crisis.Country;
import org.holdfast.crisis.CrisisDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;

/** axe-core finds no WCAG 2.2 A or AA violation on any page type, in a real browser. */
@IntegrationTest
class AccessibilityBrowserTests {

	static WebDriver browser;

	@LocalServerPort
	int port;

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

	@Test
	void homePageHasNoViolations() {
		assertNoViolations("/");
	}

	@Test
	void helpPageHasNoViolations() {
		assertNoViolations("/help");
		assertNoViolations("/help/elsewhere");
	}

	@Test
	void helpPageForEachCountryHasNoViolations() {
		CrisisDirectory directory = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"),
				Clock.systemUTC());
		for (Country country : directory.countries()) {
			assertNoViolations("/help/" + country.slug());
		}
	}

	@Test
	void helpFormWithAnErrorHasNoViolations() {
		browser.get(app("/help"));
		((JavascriptExecutor) browser).executeScript("var select = document.getElementById('country-select');"
				+ "var option = document.createElement('option'); option.value = 'atlantis'; option.text = 'Atlantis';"
				+ "select.appendChild(option); select.value = 'atlantis';");
		browser.findElement(By.cssSelector("form[action='/help/country'] button")).click();
		Browser.waitForErrors(browser);
		assertNoViolationsOnCurrentPage("the help form with an error");
	}

	@Test
	void pagesForAVisitorOutsideTheListedCountriesHaveNoViolations() {
		browser.get(app("/help"));
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("country-select")))
			.selectByValue("elsewhere");
		browser.findElement(By.cssSelector("form[action='/help/country'] button")).click();
		// the click only starts the form's navigation; wait for the page saying it was
		// saved
		Browser.waiting(browser)
			.until((driver) -> !driver.findElements(By.cssSelector("main p.notice[role=status]")).isEmpty());
		assertNoViolationsOnCurrentPage("/help for someone elsewhere");
		assertNoViolations("/");
		browser.manage().deleteAllCookies();
	}

	@Test
	void errorPagesHaveNoViolations() {
		assertNoViolations("/no-such-page");
		assertNoViolations(TestPages.FAILING);
	}

	private void assertNoViolations(String path) {
		browser.get(app(path));
		assertNoViolationsOnCurrentPage(path);
	}

	private void assertNoViolationsOnCurrentPage(String where) {
		Browser.assertAccessible(browser, where);
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
