package org.holdfast.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.holdfast.IntegrationTest;
import org.holdfast.editorial.Workflow;
import org.holdfast.WebSession;
import org.holdfast.WebSession.Page;
import org.holdfast.account.Accounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Following growth paths: the starter paths, progress for visitors and members, the
 * hand-over at sign-up and sign-in, two tabs at once, editing under progress, private
 * reflections, check-ins, and bad input.
 */
@IntegrationTest
class PathJourneyTests {

	static final String URGE = "/paths/riding-out-an-urge-path";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PathPublisher publisher;

	@Autowired
	PathEditing editing;

	@Autowired
	PathRepository paths;

	@Autowired
	TransactionTemplate transactions;

	Accounts accounts;

	@BeforeEach
	void setUp() {
		this.accounts = new Accounts(this.context);
	}

	@Test
	void theStarterPathsAreListedWithTheirStepsAndTime() {
		Page list = new WebSession(this.port).get("/paths");
		assertThat(list.document().select("main article.card")).hasSizeGreaterThanOrEqualTo(4);
		for (PathDocument document : StarterPaths.documents()) {
			assertThat(document.problems()).as(document.slug()).isEmpty();
			assertThat(document.steps()).as(document.slug()).hasSizeBetween(5, 8);
			assertThat(document.steps().stream().map(PathDocument.Step::parsedKind).distinct())
				.as("%s mixes step kinds", document.slug())
				.contains(PathStep.Kind.READ, PathStep.Kind.REFLECT, PathStep.Kind.PRACTICE, PathStep.Kind.CHECK_IN);
			Page overview = new WebSession(this.port).get("/paths/" + document.slug());
			assertThat(overview.status()).isEqualTo(200);
			assertThat(overview.document().select(".progress-step")).hasSize(document.steps().size());
			assertThat(overview.document().select("main").text()).contains(document.steps().size() + " steps, about "
					+ document.steps().stream().mapToInt(PathDocument.Step::minutes).sum() + " minutes");
		}
	}

	@Test
	void aVisitorFollowsTwoStepsSignsUpAndContinuesAtStepThree() {
		WebSession visitor = new WebSession(this.port);
		Page first = visitor.get(URGE + "/steps/1");
		assertThat(visitor.cookie("hf_session")).as("a first look starts no session").isEmpty();
		Page second = visitor.submit(first, "main form[action$=/done]", Map.of());
		assertThat(second.path()).isEqualTo(URGE + "/steps/2");
		Page third = visitor.submit(second, "main form[action$=/reflection]",
				Map.of("body", "The urge felt hot and then it faded."));
		assertThat(third.path()).isEqualTo(URGE + "/steps/3");
		assertThat(visitor.get(URGE).document().select(".path-progress__summary").text())
			.isEqualTo("2 of 8 steps done");
		assertThat(visitor.get(URGE).document().select(".notice").text()).contains("Create an account");

		String username = Accounts.username("pathfinder");
		Page codes = visitor.submit(visitor.get("/account/sign-up"), "main form", Map.of("username", username,
				"password", Accounts.PASSWORD, "ageBand", "ADULT", "guidelines", "true", "privacy", "true"));
		assertThat(codes.path()).isEqualTo("/account/recovery-codes/new");
		Page resumed = visitor.get(URGE + "/continue");
		assertThat(resumed.path()).isEqualTo(URGE + "/steps/3");
		assertThat(resumed.document().select(".path-progress__summary").text()).isEqualTo("2 of 8 steps done");

		WebSession otherDevice = new WebSession(this.port);
		Accounts.signIn(otherDevice, username, Accounts.PASSWORD);
		assertThat(otherDevice.get(URGE + "/continue").path()).as("the same place on a second device")
			.isEqualTo(URGE + "/steps/3");
		Page me = otherDevice.get("/me");
		assertThat(me.document().select(".reflections").text()).contains("The urge felt hot and then it faded.");
		assertThat(me.document().select(".underway").text()).contains("Riding out an urge", "2 of 8 steps done");
	}

	@Test
	void signingInMergesTheFurthestStateOfEachStepAndMergingAgainChangesNothing() {
		Accounts.Created member = this.accounts.create("merger");
		WebSession device = new WebSession(this.port);
		Accounts.signIn(device, member.username(), Accounts.PASSWORD);
		device.get(URGE + "/steps/1");
		device.submit(device.get(URGE + "/steps/3"), "main form[action$=/done]", Map.of());

		WebSession visitor = new WebSession(this.port);
		visitor.submit(visitor.get(URGE + "/steps/1"), "main form[action$=/done]", Map.of());
		visitor.submit(visitor.get(URGE + "/steps/2"), "main form[action$=/reflection]",
				Map.of("body", "Written before signing in."));
		visitor.get(URGE + "/steps/5");
		Accounts.signIn(visitor, member.username(), Accounts.PASSWORD);
		assertThat(doneSteps(member.id())).containsExactlyInAnyOrder("urges-are-waves", "my-last-urge",
				"five-minute-delay");
		assertThat(visitor.get(URGE + "/continue").path()).as("the newer place wins").isEqualTo(URGE + "/steps/5");

		// The same again from a fresh visit: a second merge over existing progress loses
		// nothing
		WebSession again = new WebSession(this.port);
		again.submit(again.get(URGE + "/steps/2"), "main form[action$=/reflection]",
				Map.of("body", "Written before signing in."));
		Accounts.signIn(again, member.username(), Accounts.PASSWORD);
		assertThat(doneSteps(member.id())).hasSize(3);
		assertThat(
				this.jdbc.queryForObject("select body from reflection where member_id = ?", String.class, member.id()))
			.as("the same words twice are kept once")
			.isEqualTo("Written before signing in.");
	}

	@Test
	void twoTabsAtOnceBothCountAndAStaleReflectionIsNotOverwritten() throws Exception {
		Accounts.Created member = this.accounts.create("tabs");
		WebSession tabs = new WebSession(this.port);
		Accounts.signIn(tabs, member.username(), Accounts.PASSWORD);
		Page one = tabs.get(URGE + "/steps/1");
		Page three = tabs.get(URGE + "/steps/3");
		List<CompletableFuture<Page>> both = new ArrayList<>();
		both.add(CompletableFuture.supplyAsync(() -> tabs.submit(one, "main form[action$=/done]", Map.of())));
		both.add(CompletableFuture.supplyAsync(() -> tabs.submit(three, "main form[action$=/done]", Map.of())));
		for (CompletableFuture<Page> page : both) {
			assertThat(page.get().status()).isEqualTo(200);
		}
		assertThat(doneSteps(member.id())).contains("urges-are-waves", "five-minute-delay");

		Page tabA = tabs.get(URGE + "/steps/2");
		Page tabB = tabs.get(URGE + "/steps/2");
		tabs.submit(tabB, "main form[action$=/reflection]", Map.of("body", "Saved in tab B."));
		Page clash = tabs.submit(tabA, "main form[action$=/reflection]", Map.of("body", "Typed in tab A."));
		assertThat(clash.status()).isEqualTo(400);
		assertThat(clash.errors()).contains("You changed this in another tab");
		assertThat(clash.document().selectFirst("textarea#body").wholeText()).isEqualTo("Typed in tab A.");
		assertThat(clash.document().select("blockquote.newer").text()).isEqualTo("Saved in tab B.");
		Page saved = tabs.submit(clash, "main form[action$=/reflection]", Map.of());
		assertThat(saved.path()).isEqualTo(URGE + "/steps/3");
		assertThat(
				this.jdbc.queryForObject("select body from reflection where member_id = ?", String.class, member.id()))
			.isEqualTo("Typed in tab A.");
	}

	@Test
	void editingAPathUnderSomeonesProgressKeepsItAndMovesThemOn() {
		String slug = "test-path-" + Long.toString(System.nanoTime(), 36);
		PathDocument original = document(slug, "one", "two", "three", "four");
		this.editing.importStarter(original);
		Accounts.Created member = this.accounts.create("edited");
		WebSession device = new WebSession(this.port);
		Accounts.signIn(device, member.username(), Accounts.PASSWORD);
		device.submit(device.get("/paths/" + slug + "/steps/1"), "main form[action$=/done]", Map.of());
		device.submit(device.get("/paths/" + slug + "/steps/2"), "main form[action$=/done]", Map.of());
		device.get("/paths/" + slug + "/steps/3");

		// An editor takes out step "three", moves "four" first and adds "five"
		this.transactions.executeWithoutResult((status) -> this.publisher.apply(
				this.paths.findBySlugAndWorkflowState(slug, Workflow.State.PUBLISHED).orElseThrow(),
				document(slug, "four", "one", "two", "five")));

		Page overview = device.get("/paths/" + slug);
		assertThat(overview.document().select(".progress-step").eachText())
			.as("on the removed step, they go on to the one that followed it, wherever it is now")
			.containsExactly("You are here: Step four", "Done: Step one", "Done: Step two", "To do: Step five");
		assertThat(overview.document().select(".path-progress__summary").text()).isEqualTo("2 of 4 steps done");
		assertThat(device.get("/paths/" + slug + "/continue").path()).isEqualTo("/paths/" + slug + "/steps/1");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from path_progress p join path_step s on s.id = p.step_id where p.member_id = ? and s.key = 'three'",
				Integer.class, member.id()))
			.as("progress on the removed step is kept, just not counted")
			.isEqualTo(1);
	}

	@Test
	void reflectionsAreSeenOnlyByTheirWriter() {
		Accounts.Created writer = this.accounts.create("writer");
		Accounts.Created other = this.accounts.create("other");
		WebSession mine = new WebSession(this.port);
		Accounts.signIn(mine, writer.username(), Accounts.PASSWORD);
		mine.submit(mine.get(URGE + "/steps/2"), "main form[action$=/reflection]",
				Map.of("body", "A private thought about quiet evenings."));

		WebSession theirs = new WebSession(this.port);
		Accounts.signIn(theirs, other.username(), Accounts.PASSWORD);
		assertThat(theirs.get(URGE + "/steps/2").body()).doesNotContain("quiet evenings");
		assertThat(theirs.get("/me").body()).doesNotContain("quiet evenings");
		assertThat(new WebSession(this.port).get(URGE + "/steps/2").body()).doesNotContain("quiet evenings");
		assertThat(new WebSession(this.port).get("/me").path()).isEqualTo("/account/sign-in");
		long step = this.jdbc.queryForObject("select step_id from reflection where member_id = ?", Long.class,
				writer.id());
		theirs.submit(theirs.get("/me"), "main", Map.of());
		theirs.post("/me/reflections/" + step + "/delete", Map.of());
		assertThat(this.jdbc.queryForObject("select count(*) from reflection where member_id = ?", Integer.class,
				writer.id()))
			.as("deleting through someone else's account touches only their own")
			.isEqualTo(1);

		assertThat(mine.get("/account/export").body()).contains("A private thought about quiet evenings.");
		Page me = mine.get("/me");
		Page deleted = mine.submit(me, "main form[action$=/delete]", Map.of());
		assertThat(deleted.document().selectFirst(".notice").text()).contains("deleted");
		assertThat(this.jdbc.queryForObject("select count(*) from reflection where member_id = ?", Integer.class,
				writer.id()))
			.isZero();
	}

	@Test
	void aLowCheckInOrCrisisWordsShowHelpToTheWriterOnly() {
		WebSession visitor = new WebSession(this.port);
		Page checkIn = visitor.get(URGE + "/steps/8");
		Page noChoice = visitor.submit(checkIn, "main form[action$=/check-in]", Map.of());
		assertThat(noChoice.status()).isEqualTo(400);
		assertThat(noChoice.errors()).contains("Choose a number from 0 to 10");
		Page low = visitor.submit(checkIn, "main form[action$=/check-in]", Map.of("feeling", "2"));
		assertThat(low.document().select(".help-box a[href^=tel:]")).isNotEmpty();
		assertThat(low.document().select(".options").text()).contains("Take a break from this path");
		Page high = visitor.submit(checkIn, "main form[action$=/check-in]", Map.of("feeling", "8"));
		assertThat(high.path()).isEqualTo(URGE + "/complete");
		assertThat(high.document().select(".help-box")).isEmpty();

		Page words = visitor.submit(checkIn, "main form[action$=/check-in]",
				Map.of("feeling", "7", "note", "Fine, but I want to die some days."));
		assertThat(words.document().select(".help-box a[href^=tel:]")).as("crisis words with a good number")
			.isNotEmpty();
		assertThat(words.document().selectFirst("textarea#note").wholeText())
			.isEqualTo("Fine, but I want to die some days.");
		Page tooMuch = visitor.submit(checkIn, "main form[action$=/check-in]",
				Map.of("feeling", "7", "note", "x".repeat(2001)));
		assertThat(tooMuch.status()).isEqualTo(400);
		assertThat(tooMuch.errors()).contains("2,000 characters or fewer");
		assertThat(tooMuch.document().selectFirst("input[name=feeling][value=7]").hasAttr("checked")).isTrue();

		Page worried = visitor.submit(visitor.get(URGE + "/steps/2"), "main form[action$=/reflection]",
				Map.of("body", "Some days I want to die."));
		assertThat(worried.path()).isEqualTo(URGE + "/steps/2");
		assertThat(worried.document().select(".help-box a[href^=tel:]")).isNotEmpty();
		assertThat(worried.document().selectFirst("textarea#body").wholeText()).isEqualTo("Some days I want to die.");
	}

	@Test
	void badInputGetsAClearMessageAndLosesNothing() {
		WebSession visitor = new WebSession(this.port);
		String longText = "word ".repeat(2001) + "end";
		Page tooLong = visitor.submit(visitor.get(URGE + "/steps/2"), "main form[action$=/reflection]",
				Map.of("body", longText));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.errors()).contains("10,000 characters or fewer", "Nothing you wrote has been lost");
		assertThat(tooLong.document().selectFirst("textarea#body").wholeText()).isEqualTo(longText);
		for (String number : List.of("99", "0", "abc", "-1")) {
			Page missing = visitor.get(URGE + "/steps/" + number);
			assertThat(missing.status()).as(number).isEqualTo(404);
			assertThat(missing.document().selectFirst("h1").text()).isEqualTo("There is no such step");
			assertThat(missing.document().text()).contains("has 8 steps");
		}
		assertThat(visitor.get("/paths/no-such-path").status()).isEqualTo(404);
	}

	private List<String> doneSteps(long memberId) {
		return this.jdbc.queryForList("""
				select s.key from path_progress p join path_step s on s.id = p.step_id
				where p.member_id = ? and p.done_at is not null""", String.class, memberId);
	}

	private static PathDocument document(String slug, String... keys) {
		List<PathDocument.Step> steps = new ArrayList<>();
		for (String key : keys) {
			steps.add(new PathDocument.Step(key, "read", "Step " + key, 2, "Words for step " + key + ".", null,
					List.of(), null));
		}
		return new PathDocument(slug, "A test path", "For testing.", "For tests.", null, steps);
	}

}
