package org.holdfast.article;

import java.util.List;

import org.holdfast.Browser;
import org.holdfast.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading and searching in Chromium, with axe on every library page type. */
@IntegrationTest
class LibraryBrowserTests {

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
	void readAnArticleFromTheHomePage() {
		browser.get(app("/"));
		browser.findElement(By.cssSelector("a[href='/articles']")).click();
		assertThat(browser.getCurrentUrl()).endsWith("/articles");
		Browser.assertAccessible(browser, "article list");
		browser.findElement(By.cssSelector("section[aria-labelledby=start-here] .card a")).click();
		assertThat(browser.getCurrentUrl()).contains("/articles/");
		assertThat(browser.findElement(By.cssSelector(".help-box")).getText()).contains("talk to someone now");
		Browser.assertAccessible(browser, "an article");
		WebElement topic = browser.findElement(By.cssSelector(".article__topics a"));
		topic.click();
		assertThat(browser.getCurrentUrl()).contains("/topics/");
		Browser.assertAccessible(browser, "a topic");
		browser.get(app("/contributors/holdfast-editorial-team"));
		Browser.assertAccessible(browser, "a contributor");
		browser.get(app("/articles?topic=recovery"));
		Browser.assertAccessible(browser, "the list filtered by topic");
	}

	@Test
	void searchWithATypo() {
		browser.get(app("/articles"));
		WebElement box = browser.findElement(By.id("q"));
		box.sendKeys("riding out an urgge");
		box.submit();
		assertThat(browser.findElement(By.cssSelector(".notice")).getText()).contains("“riding out an urge”");
		List<WebElement> results = browser.findElements(By.cssSelector(".results .card h2 a"));
		assertThat(results).isNotEmpty();
		assertThat(results.get(0).getText()).startsWith("Riding out an urge");
		Browser.assertAccessible(browser, "search results");
		browser.get(app("/articles?q=kill+myself"));
		Browser.assertAccessible(browser, "search with the crisis lines first");
		browser.get(app("/articles?q=%25%25"));
		Browser.assertAccessible(browser, "a symbol-only search");
	}

	private String app(String path) {
		return "http://localhost:" + this.port + path;
	}

}
