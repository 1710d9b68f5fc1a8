package org.holdfast.safetyplan;

import java.net.http.HttpResponse;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The safety plan: filled in, printed and downloaded by a visitor with nothing stored;
 * kept by a member and changed from a second device without losing either device's words;
 * bad input; and help for crisis words, shown only to the writer.
 */
@IntegrationTest
class SafetyPlanTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aVisitorFillsInPrintsAndDownloadsAPlanAndNothingIsStored() {
		int before = count();
		WebSession visitor = new WebSession(this.port).language("en-GB");
		Page form = visitor.get("/toolbox/safety-plan");
		Document page = form.document();
		assertThat(page.select("main textarea")).hasSize(7);
		assertThat(page.select("main label.field__label").eachText()).containsExactly("1. My warning signs",
				"2. Things I can do on my own to cope", "3. People and places that take my mind off things",
				"4. People I can ask for help", "5. Professionals and services I can contact",
				"6. Making my surroundings safer", "7. My reasons for living");
		assertThat(page.select("main details.plan-form__examples")).hasSize(7);
		assertThat(page.selectFirst("textarea#professionals").text()).as("prefilled for the United Kingdom")
			.contains("Samaritans: call 116 123", "Emergency services: 999");
		assertThat(page.selectFirst(".notice").text()).contains("not saved");

		Page empty = visitor.submit(form, "main form", Map.of("professionals", ""));
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.errors()).contains("Write something in at least one section");

		Page printed = visitor.submit(form, "main form",
				Map.of("warningSigns", "I stop answering messages\nI can't sleep", "reasons", "My sister\nThe sea"));
		assertThat(printed.status()).isEqualTo(200);
		assertThat(printed.document().select(".plan__section")).hasSize(7);
		assertThat(printed.document().select("#plan-warningSigns + ul li").eachText())
			.containsExactly("I stop answering messages", "I can't sleep");
		assertThat(printed.document().select(".plan").text()).contains("Samaritans: call 116 123", "The sea");
		assertThat(printed.document().select(".plan a").eachAttr("href")).as("numbers to tap on a phone")
			.contains("tel:116123", "sms:85258", "tel:999");
		assertThat(printed.document().select("button.js-print")).hasSize(1);
		assertThat(printed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");

		Page changing = visitor.submit(printed, "main form[action=/toolbox/safety-plan]", Map.of());
		assertThat(changing.document().selectFirst("textarea#reasons").text()).isEqualTo("My sister\nThe sea");

		HttpResponse<String> file = visitor.sendRaw("/toolbox/safety-plan/download",
				Map.of("warningSigns", "I stop answering messages", "reasons", "My sister"));
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
		assertThat(file.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment")
			.contains("my-safety-plan.txt");
		assertThat(file.body()).contains("1. My warning signs\r\n   - I stop answering messages",
				"7. My reasons for living\r\n   - My sister");
		assertThat(count()).as("nothing a visitor types is stored").isEqualTo(before);
		assertThat(visitor.cookie("hf_session")).as("not even in a session").isEmpty();
	}

	@Test
	void tooLongASectionComesBackWithEveryCharacterKept() {
		WebSession visitor = new WebSession(this.port);
		Page form = visitor.get("/toolbox/safety-plan");
		String long_ = "a".repeat(4001);
		Page refused = visitor.submit(form, "main form", Map.of("coping", long_, "people", "Mum\u0007"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select(".error-summary li")).hasSize(2);
		assertThat(refused.document().selectFirst("textarea#coping").text()).isEqualTo(long_);
	}

	@Test
	void aMemberKeepsTheirPlanAndChangesItOnASecondDeviceWithoutLosingAnything() {
		Accounts.Created member = new Accounts(this.context).create("planner");
		WebSession phone = new WebSession(this.port);
		Accounts.signIn(phone, member.username(), Accounts.PASSWORD);
		assertThat(phone.get("/toolbox/safety-plan").path()).isEqualTo("/me/safety-plan/edit");
		Page first = phone.get("/me/safety-plan/edit");
		Page saved = phone.submit(first, "main form", Map.of("reasons", "My dog"));
		assertThat(saved.path()).isEqualTo("/me/safety-plan");
		assertThat(saved.document().selectFirst(".notice").text()).contains("Your safety plan is saved");
		assertThat(saved.document().select("#plan-reasons + ul li").eachText()).containsExactly("My dog");
		assertThat(saved.document().select("header a[href=/me/safety-plan], .safety a[href=/me/safety-plan]"))
			.as("linked from the banner")
			.isNotEmpty();

		WebSession laptop = new WebSession(this.port);
		Accounts.signIn(laptop, member.username(), Accounts.PASSWORD);
		Page onLaptop = laptop.get("/me/safety-plan/edit");
		assertThat(onLaptop.document().selectFirst("textarea#reasons").text()).isEqualTo("My dog");
		Page phoneOpen = phone.get("/me/safety-plan/edit");
		Page laptopSaved = laptop.submit(onLaptop, "main form", Map.of("reasons", "My dog\nMy brother"));
		assertThat(laptopSaved.path()).isEqualTo("/me/safety-plan");

		Page stale = phone.submit(phoneOpen, "main form", Map.of("reasons", "My dog\nThe sea"));
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.errors()).contains("changed on another device");
		assertThat(stale.document().selectFirst("textarea#reasons").text()).isEqualTo("My dog\nThe sea");
		assertThat(this.jdbc.queryForObject("select reasons from safety_plan where member_id = ?", String.class,
				member.id()))
			.isEqualTo("My dog\nMy brother");
		Page resaved = phone.submit(stale, "main form", Map.of());
		assertThat(resaved.path()).isEqualTo("/me/safety-plan");
		assertThat(laptop.get("/me/safety-plan").document().select("#plan-reasons + ul li").eachText())
			.containsExactly("My dog", "The sea");

		HttpResponse<String> file = laptop.getRaw("/me/safety-plan/download");
		assertThat(file.body()).contains("   - The sea");

		Page notConfirmed = laptop.post("/me/safety-plan/delete", Map.of());
		assertThat(notConfirmed.document().selectFirst(".notice").text()).contains("not deleted");
		laptop.post("/me/safety-plan/delete", Map.of("confirm", "true"));
		assertThat(this.jdbc.queryForObject("select count(*) from safety_plan where member_id = ?", Integer.class,
				member.id()))
			.isZero();
	}

	@Test
	void crisisWordsInAPlanShowHelpToTheWriterOnly() {
		Accounts.Created member = new Accounts(this.context).create("plancrisis");
		WebSession browser = new WebSession(this.port);
		Accounts.signIn(browser, member.username(), Accounts.PASSWORD);
		Page saved = browser.submit(browser.get("/me/safety-plan/edit"), "main form",
				Map.of("warningSigns", "When I feel like I can't go on"));
		assertThat(saved.document().select(".help-box")).hasSize(1);
		assertThat(browser.get("/me/safety-plan").document().select(".help-box")).as("once, not every visit").isEmpty();
		WebSession visitor = new WebSession(this.port);
		Page printed = visitor.submit(visitor.get("/toolbox/safety-plan"), "main form",
				Map.of("reasons", "I want to die some days"));
		assertThat(printed.document().select(".help-box")).hasSize(1);
	}

	private int count() {
		return this.jdbc.queryForObject("select count(*) from safety_plan", Integer.class);
	}

}
