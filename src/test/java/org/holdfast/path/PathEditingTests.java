package org.holdfast.path;

import java.util.HashMap;
import java.util.Map;

import org.holdfast.IntegrationTest;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.holdfast.account.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editing growth paths through the editor: steps added, moved and removed on the server,
 * the same review before publishing as articles, and a published path edited under a
 * member's progress.
 */
@IntegrationTest
class PathEditingTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	WebSession writing;

	WebSession reviewing;

	@BeforeEach
	void signInTwoEditors() {
		Accounts accounts = new Accounts(this.context);
		this.writing = new WebSession(this.port);
		this.reviewing = new WebSession(this.port);
		Accounts.signInAsStaff(this.writing, accounts.create("pathwriter", Role.EDITOR).username(), null);
		Accounts.signInAsStaff(this.reviewing, accounts.create("pathreviewer", Role.EDITOR).username(), null);
	}

	@Test
	void anEditorBuildsAPathStepByStepAndASecondEditorPublishesIt() {
		String slug = "test-edited-" + Long.toString(System.nanoTime(), 36);
		Page form = this.writing.get("/editor/paths/new");
		Map<String, String> fields = new HashMap<>(
				Map.of("title", "Quiet evenings", "slug", slug, "summary", "Ways to make evenings gentler.", "audience",
						"For anyone who finds evenings hard.", "steps[0].kind", "READ", "steps[0].title",
						"Why evenings", "steps[0].minutes", "2", "steps[0].body", "Evenings can feel long."));
		fields.put("action", "add");
		Page two = this.writing.submit(form, "main form", fields);
		assertThat(two.document().select("fieldset.step-editor")).hasSize(2);
		assertThat(two.document().select(".notice--warning").text()).contains("Not saved yet");
		assertThat(this.jdbc.queryForObject("select count(*) from path where slug = ?", Integer.class, slug)).isZero();

		Page bad = this.writing.submit(two, "main form", Map.of("steps[1].kind", "REFLECT", "steps[1].title",
				"Your evenings", "steps[1].minutes", "many", "steps[1].body", "Think about them.", "action", "save"));
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.errors()).contains("A reflect step needs a question", "whole number from 1 to 120");
		assertThat(bad.document().selectFirst("#steps1-body").wholeText()).isEqualTo("Think about them.");

		Page moved = this.writing.submit(bad, "main form",
				Map.of("steps[1].minutes", "3", "steps[1].prompt", "What helps on a hard evening?", "action", "up:1"));
		assertThat(moved.document().select("fieldset.step-editor legend").eachText())
			.containsExactly("Step 1: Your evenings", "Step 2: Why evenings");
		Page submitted = this.writing.submit(moved, "main form", Map.of("action", "submit"));
		assertThat(submitted.document().selectFirst(".notice").text()).contains("sent for review");
		long id = Long.parseLong(submitted.path().replaceAll("\\D+", ""));
		assertThat(new WebSession(this.port).get("/paths/" + slug).status()).isEqualTo(404);

		Page own = this.writing.post("/editor/paths/" + id + "/approve", Map.of("revision", "1"));
		assertThat(own.status()).isEqualTo(409);
		Page review = this.reviewing.get("/editor/paths/" + id + "/review");
		assertThat(review.document().select(".changes").text()).contains("What helps on a hard evening?");
		this.reviewing.submit(review, "main form[action$=/approve]", Map.of());
		Page live = new WebSession(this.port).get("/paths/" + slug);
		assertThat(live.status()).isEqualTo(200);
		assertThat(live.document().select(".progress-step").eachText()).containsExactly("You are here: Your evenings",
				"To do: Why evenings");
		assertThat(new WebSession(this.port).get("/paths/" + slug + "/steps/1")
			.document()
			.select("label[for=body]")
			.text()).isEqualTo("What helps on a hard evening?");
	}

	@Test
	void editingAPublishedPathNeedsReviewAndKeepsAMembersProgress() {
		Accounts.Created member = new Accounts(this.context).create("underedit");
		WebSession device = new WebSession(this.port);
		Accounts.signIn(device, member.username(), Accounts.PASSWORD);
		String path = "/paths/confidence-in-tiny-steps";
		device.submit(device.get(path + "/steps/1"), "main form[action$=/done]", Map.of());
		device.get(path + "/steps/2");
		long id = this.jdbc.queryForObject("select id from path where slug = 'confidence-in-tiny-steps'", Long.class);

		Page edit = this.writing.get("/editor/paths/" + id);
		int steps = edit.document().select("fieldset.step-editor").size();
		Page removed = this.writing.submit(edit, "main form", Map.of("action", "remove:1"));
		assertThat(removed.document().select("fieldset.step-editor")).hasSize(steps - 1);
		Page submitted = this.writing.submit(removed, "main form", Map.of("action", "submit"));
		assertThat(submitted.document().select(".summary-list").text())
			.contains("Published, with changes waiting for review");
		assertThat(device.get(path).document().select(".progress-step")).as("unchanged until approved").hasSize(steps);

		this.reviewing.submit(this.reviewing.get("/editor/paths/" + id + "/review"), "main form[action$=/approve]",
				Map.of());
		Page after = device.get(path);
		assertThat(after.document().select(".progress-step")).hasSize(steps - 1);
		assertThat(after.document().select(".path-progress__summary").text()).startsWith("1 of");
		assertThat(device.get(path + "/continue").path()).as("on to the step that followed the removed one")
			.isEqualTo(path + "/steps/2");
		Page history = this.writing.get("/editor/paths/" + id + "/history");
		assertThat(history.document().select(".audit-list").text()).contains("approved and published revision 2",
				"loaded revision 1 from the starter content");

		// Put the starter path back as it was, for the other tests: restore revision 1
		// and publish it
		Page restored = this.writing.submit(this.writing.get("/editor/paths/" + id + "/revisions/1"),
				"main form[action$=/restore]", Map.of());
		this.writing.submit(restored, "main form", Map.of("action", "submit"));
		this.reviewing.submit(this.reviewing.get("/editor/paths/" + id + "/review"), "main form[action$=/approve]",
				Map.of());
		assertThat(device.get(path).document().select(".progress-step")).hasSize(steps);
	}

}
