package org.holdfast.account;

import java.util.List;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for usernames, passwords, recovery codes and back-off, without a server. */
class PoliciesTests {

	private final UsernamePolicy usernames = new UsernamePolicy();

	private final PasswordPolicy passwords = new PasswordPolicy();

	@ParameterizedTest
	@ValueSource(strings = { "quiet-harbour-42", "sam_k", "abc", "abcdefghijklmnopqrstuvwxyzabcd", "room101", "x-y_z" })
	void acceptsPlainMeaninglessUsernames(String name) {
		assertThat(this.usernames.problem(name)).isEmpty();
	}

	@Test
	void refusesUsernamesThatGiveAPersonAwayOrPoseAsStaff() {
		assertThat(this.usernames.problem("")).hasValue("account.username.required");
		assertThat(this.usernames.problem("ab")).hasValue("account.username.length");
		assertThat(this.usernames.problem("a".repeat(31))).hasValue("account.username.length");
		assertThat(this.usernames.problem("Sam")).hasValue("account.username.characters");
		assertThat(this.usernames.problem("sam.k")).hasValue("account.username.characters");
		assertThat(this.usernames.problem("sam@example")).hasValue("account.username.characters");
		assertThat(this.usernames.problem("sаm")).as("Cyrillic a").hasValue("account.username.characters");
		assertThat(this.usernames.problem("ｓａｍ")).as("full-width letters").hasValue("account.username.characters");
		assertThat(this.usernames.problem("07700900123")).hasValue("account.username.phone");
		assertThat(this.usernames.problem("jo-07700-900-123")).hasValue("account.username.phone");
		assertThat(this.usernames.problem("jo_smith_gmail_com")).hasValue("account.username.email");
		assertThat(this.usernames.problem("josmith-hotmail")).hasValue("account.username.email");
		assertThat(this.usernames.problem("jo-at-mail-dot-uk")).hasValue("account.username.email");
		assertThat(this.usernames.problem("admin")).hasValue("account.username.reserved");
		assertThat(this.usernames.problem("holdfast_team")).hasValue("account.username.reserved");
		assertThat(this.usernames.problem("site-moderator")).hasValue("account.username.reserved");
		assertThat(this.usernames.problem("mod")).hasValue("account.username.reserved");
		assertThat(this.usernames.problem("official-support")).hasValue("account.username.reserved");
	}

	@Test
	void normalisesCaseAndSurroundingSpaceOnly() {
		assertThat(UsernamePolicy.normalise("  Quiet-Harbour ")).isEqualTo("quiet-harbour");
	}

	@Test
	void suggestionsAreAlwaysAcceptable() {
		for (int i = 0; i < 2_000; i++) {
			String suggestion = this.usernames.suggestion();
			assertThat(this.usernames.problem(suggestion)).as(suggestion).isEmpty();
		}
	}

	@Test
	void acceptsLongPasswordsOfAnyCharactersWithoutCompositionRules() {
		assertThat(this.passwords.problem("lamp otter biscuit rain", "sam")).isEmpty();
		assertThat(this.passwords.problem("alllowercaseletters", "sam")).isEmpty();
		assertThat(this.passwords.problem("😀 ünïcödé wörds hère", "sam")).isEmpty();
		assertThat(this.passwords.problem("x".repeat(0) + "correct-horse-battery-staple-x" + "y".repeat(98), "sam"))
			.as("128 characters")
			.isEmpty();
	}

	@Test
	void namesThatReadAsStaffAreRefusedWhateverTheyAreSpeltWith() {
		for (String name : List.of("m0derator", "moderat0r", "adm1n", "h0ldfast", "st4ff", "mod-team", "the-mods",
				"helper-mod", "4dmin-jo", "0fficial_sam")) {
			assertThat(this.usernames.problem(name)).as(name).hasValue("account.username.reserved");
		}
		for (String name : List.of("quiet-harbour-42", "model-trains", "modest-mouse-7", "amber-fox-11")) {
			assertThat(this.usernames.problem(name)).as(name).isEmpty();
		}
		assertThat(UsernamePolicy.skeleton("amber-f0x-11")).isEqualTo(UsernamePolicy.skeleton("amber-fox-11"))
			.isEqualTo(UsernamePolicy.skeleton("amber_fox_11"))
			.isEqualTo(UsernamePolicy.skeleton("arnber-fox-ll"));
	}

	@Test
	void refusesShortLongCommonRepetitiveAndContextPasswords() {
		assertThat(this.passwords.problem("", "sam")).hasValue("account.password.required");
		assertThat(this.passwords.problem("fourteen chars", "sam")).hasValue("account.password.short");
		assertThat(this.passwords.problem("😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "sam")).as("14 code points, 28 chars")
			.hasValue("account.password.short");
		assertThat(this.passwords.problem("a".repeat(129), "sam")).hasValue("account.password.long");
		assertThat(this.passwords.problem("passwordpassword", "sam")).hasValue("account.password.common");
		assertThat(this.passwords.problem("123456789012345", "sam")).hasValue("account.password.common");
		assertThat(this.passwords.problem("PasswordPassword", "sam")).hasValue("account.password.common");
		assertThat(this.passwords.problem("zzzzzzzzzzzzzzzzzz", "sam")).hasValue("account.password.common");
		assertThat(this.passwords.problem("abcabcabcabcabcabc", "sam")).hasValue("account.password.common");
		for (String weak : java.util.List.of(" ".repeat(15), "password12345678", "iloveyou12345678", "abcdeabcdeabcde",
				"!!Password2024!!", "qwertyqwertyqwerty", "ababababababababab", "zyxwvutsrqponmlk",
				"   aaaaaaaaaaaa   ")) {
			assertThat(this.passwords.problem(weak, "sam")).as("'%s'", weak).hasValue("account.password.common");
		}
		for (String fine : java.util.List.of("lantern under the green stairs", "my cat sleeps on the radiator",
				"purple rain over the old pier 1987", "tea with two sugars at 4pm")) {
			assertThat(this.passwords.problem(fine, "sam")).as("'%s'", fine).isEmpty();
		}
		assertThat(this.passwords.problem("my holdfast password", "sam")).hasValue("account.password.context");
		assertThat(this.passwords.problem("quietharbour is my name", "quietharbour"))
			.hasValue("account.password.context");
		assertThat(this.passwords.problem("tab\tin the password", "sam")).hasValue("account.password.control");
	}

	@Test
	void theBundledListIsLoadedAndHoldsOnlyPasswordsLongEnoughToMatter() throws Exception {
		java.util.List<String> lines = java.nio.file.Files.readAllLines(
				new org.springframework.core.io.ClassPathResource("account/common-passwords.txt").getFile().toPath());
		assertThat(lines).hasSizeGreaterThan(1_000).allMatch((line) -> line.length() >= PasswordPolicy.MIN);
		assertThat(this.passwords.problem(lines.get(lines.size() / 2), "sam")).isPresent();
	}

	@Test
	void recoveryCodesAreReadForgivingly() {
		assertThat(RecoveryCodes.normalise("K1MPR-RMR0B-ADT9S-70A8Z-42XXR")).isEqualTo("k1mprrmr0badt9s70a8z42xxr");
		assertThat(RecoveryCodes.normalise(" kimpr rmrob adt9s 70a8z 42xxr ")).as("I and O read as 1 and 0")
			.isEqualTo("k1mprrmr0badt9s70a8z42xxr");
		assertThat(RecoveryCodes.normalise("k1mpr_rmr0b")).as("other symbols are not a code").isEmpty();
		assertThat(RecoveryCodes.digest("K1MPR-RMR0B")).isEqualTo(RecoveryCodes.digest("k1mprrmr0b"));
	}

	@Test
	void backOffGrowsAfterFiveFailuresAndNeverExceedsAQuarterOfAnHour() {
		for (int failures = 0; failures < SignInThrottle.FREE_ATTEMPTS; failures++) {
			assertThat(SignInThrottle.delay(failures)).isZero();
		}
		assertThat(SignInThrottle.delay(5)).isEqualTo(Duration.ofSeconds(15));
		assertThat(SignInThrottle.delay(6)).isEqualTo(Duration.ofSeconds(30));
		assertThat(SignInThrottle.delay(7)).isEqualTo(Duration.ofMinutes(1));
		assertThat(SignInThrottle.delay(100)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
	}

}
