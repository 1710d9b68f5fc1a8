package org.holdfast;

import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the first safety invariant on a parsed page: the server-rendered safety banner
 * is there, before {@code <main>}, outside it, with a working call link and a link to
 * {@code /help}; the quick exit is a real link to {@code /exit}.
 */
public final class SafetyBannerAssertions {

	private SafetyBannerAssertions() {
	}

	/**
	 * @param page the parsed page
	 * @param expectedTel the {@code tel:} link the banner must offer, e.g.
	 * {@code tel:116123}
	 * @param where a description of the page for failure messages
	 */
	public static void assertSafetyLayer(Document page, String expectedTel, String where) {
		Element banner = page.selectFirst("section.safety");
		assertThat(banner).as("safety banner on %s", where).isNotNull();
		Element main = page.selectFirst("main#main-content");
		assertThat(main).as("<main id=main-content> on %s", where).isNotNull();
		List<Element> all = page.getAllElements();
		assertThat(all.indexOf(banner)).as("banner comes before <main> on %s", where).isLessThan(all.indexOf(main));
		assertThat(banner.parents()).as("banner is not inside <main> on %s", where).doesNotContain(main);
		assertThat(banner.select("a[href^=tel:]").eachAttr("href")).as("call links in the banner on %s", where)
			.contains(expectedTel);
		assertThat(banner.select("a[href=/help]")).as("link to /help in the banner on %s", where).isNotEmpty();
		Element exit = page.selectFirst("a.quick-exit__link");
		assertThat(exit).as("quick exit on %s", where).isNotNull();
		assertThat(exit.attr("href")).isEqualTo("/exit");
		assertThat(all.indexOf(exit)).as("quick exit comes before <main> on %s", where).isLessThan(all.indexOf(main));
		assertThat(page.selectFirst("html").attr("lang")).as("<html lang> on %s", where).isNotBlank();
		assertThat(page.selectFirst("a.skip-link[href=#main-content]")).as("skip link on %s", where).isNotNull();
	}

}
