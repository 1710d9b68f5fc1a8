package org.holdfast.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every account form, given what people and attackers actually type: nothing, far too
 * much, control characters, look-alike letters, SQL and HTML. Each answer is the form
 * back with an error summary, never a server error, and never live markup. Every POST
 * needs a CSRF token.
 */
@IntegrationTest
class FormInputTests {

	static final List<String> PAYLOADS = List.of("", "   ", "x".repeat(10_000), "tab\tnull\u0000bell\u0007", "ѕаm-уоu",
			"ｓａｍ", "' or '1'='1' --", "'; drop table member; --", "<script>alert(1)</script>",
			"\"><img src=x onerror=alert(1)>", "javascript:alert(1)", "\u202Egnp.exe", "😀😀😀");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AddressThrottle addresses;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.context);
		this.addresses.forgetAll();
	}

	record Form(String page, List<String> fields, Supplier<WebSession> actor) {
	}

	@Test
	void everyFieldOfEveryAccountFormTurnsBadInputIntoAClearMessage() {
		Supplier<WebSession> anonymous = () -> new WebSession(this.port);
		Supplier<WebSession> member = () -> {
			WebSession session = new WebSession(this.port);
			Accounts.signIn(session, this.accounts.create("input").username(), Accounts.PASSWORD);
			return session;
		};
		Supplier<WebSession> admin = () -> {
			WebSession session = new WebSession(this.port);
			Accounts.signInAsStaff(session, this.accounts.create("inputadm", Role.ADMIN).username(), null);
			return session;
		};
		Supplier<WebSession> staffSettingUpTwoStep = () -> {
			WebSession session = new WebSession(this.port);
			Accounts.signIn(session, this.accounts.create("inputmod", Role.MODERATOR).username(), Accounts.PASSWORD);
			return session;
		};
		String someone = this.accounts.create("target").username();
		List<Form> forms = List.of(new Form("/account/sign-up", List.of("username", "password", "ageBand"), anonymous),
				new Form("/account/sign-in", List.of("username", "password"), anonymous),
				new Form("/account/recover", List.of("username", "code", "password"), anonymous),
				new Form("/account/password", List.of("current", "password"), member),
				new Form("/account/recovery-codes", List.of("current"), member),
				new Form("/account/preferences", List.of("country"), member),
				new Form("/account/delete", List.of("current", "contributions"), member),
				new Form("/account/two-factor", List.of("code"), staffSettingUpTwoStep),
				new Form("/admin/members/" + someone, List.of("role", "reason"), admin));

		for (Form form : forms) {
			WebSession session = form.actor().get();
			for (String field : form.fields()) {
				for (String payload : PAYLOADS) {
					this.addresses.forgetAll();
					Page page = session.get(form.page());
					assertThat(page.status()).as(form.page()).isEqualTo(200);
					Page answer = session.submit(page, "main form[method=post]", Map.of(field, payload));
					String as = form.page() + " " + field + "=" + abbreviate(payload);
					assertThat(answer.status()).as(as).isIn(400, 429);
					Document document = answer.document();
					assertThat(document.select("main form[method=post]")).as(as + ": the form comes back").isNotEmpty();
					assertThat(answer.errors()).as(as + ": an error summary").isNotBlank();
					assertThat(document.selectFirst("title").text()).as(as).startsWith("Error: ");
					assertNoLiveMarkup(document, as);
				}
			}
		}
	}

	@Test
	void everyPostIsRefusedWithoutACsrfToken() {
		WebSession admin = new WebSession(this.port);
		String username = this.accounts.create("csrfadm", Role.ADMIN).username();
		Accounts.signInAsStaff(admin, username, null);
		Set<String> posts = new TreeSet<>(List.of("/account/sign-out"));
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			if (info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				for (String pattern : info.getPatternValues()) {
					if (!pattern.startsWith("/test/")) {
						posts.add(pattern.replace("{username}", username)
							.replace("{action}", "suspend")
							.replace("{token}", "some-token")
							.replace("{id}", "1")
							.replace("{number}", "1")
							.replace("{slug}", "holdfast-editorial-team")
							.replace("{stepId}", "1"));
					}
				}
			}
		}
		assertThat(posts).contains("/account/sign-up", "/account/delete", "/admin/members/" + username + "/suspend",
				"/editor/articles/1/approve");
		assertThat(posts).as("every path variable has a sample value").noneMatch((path) -> path.contains("{"));
		Map<String, String> fields = new LinkedHashMap<>(Map.of("username", "quiet-heron-99", "password",
				Accounts.PASSWORD, "current", Accounts.PASSWORD, "confirm", "true", "reason", "testing"));
		for (String post : posts) {
			assertThat(admin.postExactly(post, fields).status()).as(post).isEqualTo(403);
		}
		assertThat(admin.get("/account").path()).as("still signed in, nothing deleted").isEqualTo("/account");
	}

	static void assertNoLiveMarkup(Document document, String as) {
		assertThat(document.select("script:not([src])")).as(as).isEmpty();
		assertThat(document.select("img[src=x], [onerror], [onload], a[href^=javascript]")).as(as).isEmpty();
	}

	private static String abbreviate(String payload) {
		return (payload.length() > 30) ? payload.substring(0, 30) + "…(" + payload.length() + ")" : payload;
	}

}
