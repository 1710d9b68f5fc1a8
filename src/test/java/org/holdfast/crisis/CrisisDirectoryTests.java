package org.holdfast.crisis;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The packaged crisis directory loads, and a malformed one is refused with a message that
 * names the bad entry.
 */
class CrisisDirectoryTests {

	private static final Clock TODAY = Clock.fixed(LocalDate.of(2026, 12, 3).atStartOfDay().toInstant(ZoneOffset.UTC),
			ZoneOffset.UTC);

	private static final String HEADER = """
			version: "1"
			elsewhere:
			  name: "Find A Helpline"
			  web: "https://findahelpline.com"
			  emergency: "112"
			  source: "https://findahelpline.com/AU"
			  verified: "2026-11-25"
			countries:
			""";

	private static final String GOOD_LINE = """
			  - code: "GB"
			    emergency:
			      - { number: "999", source: "https://www.nhs.uk/nhs-services/urgent-and-emergency-care-services/when-to-call-999/", verified: "2026-11-24" }
			    lines:
			      - id: "gb-samaritans"
			        name: "Samaritans"
			        call: ["116 123"]
			        source: "https://www.samaritans.org/"
			        source_kind: "provider"
			        verified: "2026-11-25"
			""";

	@Test
	void packagedDirectoryLoadsWithEveryLineSourcedAndVerified() {
		CrisisDirectory directory = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), TODAY);
		assertThat(directory.countries()).extracting(Country::code)
			.contains("US", "CA", "GB", "IE", "AU", "NZ", "IN", "DE", "FR", "ZA");
		for (Country country : directory.countries()) {
			assertThat(country.primaryCallLine()).as("%s has a line to call", country.code()).isNotNull();
			assertThat(country.emergency()).as("%s has an emergency number", country.code()).isNotEmpty();
			for (CrisisLine line : country.lines()) {
				assertThat(line.sources()).as("%s has a source", line.id()).isNotEmpty();
				assertThat(line.verified()).as("%s has been verified", line.id()).isNotNull();
			}
		}
	}

	@Test
	void everyNumberInThePackagedDirectoryCitesAnHttpsPageAndSaysWhoseItIs() {
		CrisisDirectory directory = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), TODAY);
		assertThat(directory.countries()).hasSizeGreaterThanOrEqualTo(25);
		for (Country country : directory.countries()) {
			for (EmergencyNumber number : country.emergency()) {
				assertThat(number.sources()).as("%s emergency %s has a source", country.code(), number.number())
					.isNotEmpty()
					.allMatch((uri) -> "https".equals(uri.getScheme()));
			}
			for (CrisisLine line : country.lines()) {
				assertThat(line.sources()).as("%s cites https pages", line.id())
					.allMatch((uri) -> "https".equals(uri.getScheme()));
				assertThat(line.sourceKind()).as("%s says whose page it cites", line.id()).isNotNull();
			}
		}
	}

	@Test
	void aSourceThatIsNotHttpsIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("source: \"https://www.samaritans.org/\"",
				"source: \"http://www.samaritans.org/\""), "line 'gb-samaritans' (GB): source", "https://");
	}

	@Test
	void aLineThatDoesNotSayWhoseSourceItCitesIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("        source_kind: \"provider\"\n", ""),
				"line 'gb-samaritans' (GB): source_kind is missing");
		assertRefused(HEADER + GOOD_LINE.replace("source_kind: \"provider\"", "source_kind: \"blog\""),
				"source_kind 'blog' must be provider or secondary");
	}

	@Test
	void anEmergencyNumberWithoutASourceIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replaceFirst(", source: \"https://www.nhs.uk/[^\"]*\"", ""),
				"country GB: source is missing");
	}

	@Test
	void packagedDirectoryHasTheReferenceNumbers() {
		CrisisDirectory directory = CrisisDirectory.load(new ClassPathResource("crisis/crisis-lines.yml"), TODAY);
		assertThat(directory.country("us").orElseThrow().primaryCallLine().call().telHref()).isEqualTo("tel:988");
		assertThat(directory.country("us").orElseThrow().lines().get(1).text().smsHref())
			.isEqualTo("sms:741741?&body=HOME");
		assertThat(directory.country("gb").orElseThrow().primaryCallLine().call().telHref()).isEqualTo("tel:116123");
		assertThat(directory.country("gb").orElseThrow().primaryTextLine().text().smsHref())
			.isEqualTo("sms:85258?&body=SHOUT");
		assertThat(directory.country("au").orElseThrow().emergency().get(0).number().dial()).isEqualTo("000");
		assertThat(directory.country("ca").orElseThrow().lines().get(1).text().smsHref())
			.isEqualTo("sms:686868?&body=CONNECT");
		assertThat(directory.country("ie").orElseThrow().emergency()).extracting((e) -> e.number().dial())
			.containsExactly("112", "999");
		assertThat(directory.elsewhere().emergency().dial()).isEqualTo("112");
	}

	@Test
	void wellFormedFileLoads() {
		CrisisDirectory directory = load(HEADER + GOOD_LINE);
		assertThat(directory.country("GB")).isPresent();
		assertThat(directory.country("gb")).isPresent();
		assertThat(directory.country("xx")).isEmpty();
	}

	@Test
	void unquotedNumberIsRefusedSoNoYamlReadingCanTurnItIntoANumber() {
		assertRefused(HEADER + GOOD_LINE.replace("number: \"999\"", "number: 999"), "countries[0].emergency[0].number");
	}

	@Test
	void misspelledFieldIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("verified:", "verifed:"), "verifed");
	}

	@Test
	void lineWithoutSourceIsRefusedAndNamed() {
		assertRefused(HEADER + GOOD_LINE.replace("        source: \"https://www.samaritans.org/\"\n", ""),
				"line 'gb-samaritans' (GB): source is missing");
	}

	@Test
	void lineWithoutVerifiedDateIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("        verified: \"2026-11-25\"\n", ""),
				"line 'gb-samaritans' (GB): verified is missing");
	}

	@Test
	void verifiedDateInTheFutureIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("verified: \"2026-11-25\"", "verified: \"2027-01-01\""),
				"line 'gb-samaritans' (GB): verified 2027-01-01 is in the future");
	}

	@Test
	void callNumberWithLettersIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("[\"116 123\"]", "[\"116 HELP\"]"),
				"line 'gb-samaritans' (GB): call '116 HELP' is not a phone number");
	}

	@Test
	void lowerCaseTextKeywordIsRefused() {
		assertRefused(
				HEADER + GOOD_LINE.replace("call: [\"116 123\"]", "text: { number: \"85258\", keyword: \"shout\" }"),
				"line 'gb-samaritans' (GB): text.keyword keyword 'shout'");
	}

	@Test
	void lineWithNothingToCallOrTextIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("        call: [\"116 123\"]\n", ""),
				"line 'gb-samaritans' (GB): call a line needs a number to call or to text");
	}

	@Test
	void insecureWebsiteIsRefused() {
		assertRefused(
				HEADER + GOOD_LINE.replace("        source:",
						"        web: \"http://www.samaritans.org\"\n        source:"),
				"line 'gb-samaritans' (GB): web 'http://www.samaritans.org' must be a full https:// address");
	}

	@Test
	void unknownCountryCodeIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("code: \"GB\"", "code: \"UK\""), "'UK' is not an upper-case ISO");
	}

	@Test
	void countryListedTwiceIsRefused() {
		assertRefused(HEADER + GOOD_LINE + GOOD_LINE.replace("gb-samaritans", "gb-other"),
				"country GB is listed twice");
	}

	@Test
	void lineIdUsedTwiceIsRefused() {
		assertRefused(HEADER + GOOD_LINE + GOOD_LINE.replace("\"GB\"", "\"IE\"")
			.replace("gb-samaritans", "ie-x")
			.replace("    lines:\n",
					"    lines:\n      - id: \"ie-x\"\n        name: \"Twice\"\n        call: [\"1\"]\n        source: \"https://a.example\"\n        source_kind: \"secondary\"\n        verified: \"2026-11-25\"\n"),
				"line 'ie-x' (IE): id is used twice");
	}

	@Test
	void lineIdOfAnotherCountryIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replace("gb-samaritans", "ie-samaritans"),
				"line 'ie-samaritans' (GB): id must be the lower-case country code");
	}

	@Test
	void countryWithoutEmergencyNumberIsRefused() {
		assertRefused(HEADER + GOOD_LINE.replaceFirst("    emergency:\n      - [^\n]*\n", ""),
				"country GB: emergency must give at least one emergency number");
	}

	@Test
	void missingFallbackIsRefused() {
		assertRefused("version: \"1\"\ncountries:\n" + GOOD_LINE, "the 'elsewhere' entry: elsewhere is missing");
	}

	@Test
	void emptyItemsInListsAreRefusedAndNamed() {
		assertRefused(HEADER + GOOD_LINE.replace("call: [\"116 123\"]", "call:\n          -\n"),
				"line 'gb-samaritans' (GB): call is missing");
		assertRefused(HEADER + GOOD_LINE.replace("source: \"https://www.samaritans.org/\"", "source:\n          -\n"),
				"line 'gb-samaritans' (GB): source is missing");
		assertRefused(HEADER + GOOD_LINE.replace("    lines:\n", "    lines:\n      -\n"),
				"country GB: lines has an empty item");
	}

	@Test
	void countriesKeepTheOrderOfTheFile() {
		CrisisDirectory directory = load(
				HEADER + GOOD_LINE + GOOD_LINE.replace("\"GB\"", "\"IE\"").replace("gb-samaritans", "ie-samaritans")
						+ GOOD_LINE.replace("\"GB\"", "\"AU\"").replace("gb-samaritans", "au-x"));
		assertThat(directory.countries()).extracting(Country::code).containsExactly("GB", "IE", "AU");
	}

	@Test
	void bannerPrefersAConfirmedLineToAnUnconfirmedOne() {
		CrisisDirectory directory = load(HEADER + GOOD_LINE.replace("      - id: \"gb-samaritans\"",
				"      - id: \"gb-doubtful\"\n        name: \"Doubtful\"\n        call: [\"0800 000\"]\n"
						+ "        unconfirmed: true\n        source: \"https://a.example\"\n        source_kind: \"secondary\"\n        verified: \"2026-11-25\"\n"
						+ "      - id: \"gb-samaritans\""));
		assertThat(directory.country("gb").orElseThrow().primaryCallLine().id()).isEqualTo("gb-samaritans");
		CrisisDirectory onlyDoubtful = load(
				HEADER + GOOD_LINE.replace("        source:", "        unconfirmed: true\n        source:"));
		assertThat(onlyDoubtful.country("gb").orElseThrow().primaryCallLine().id())
			.as("an unconfirmed line is still better than none")
			.isEqualTo("gb-samaritans");
	}

	@Test
	void brokenYamlIsRefused() {
		assertRefused(HEADER + GOOD_LINE + "  - code: [", "is malformed");
	}

	private static CrisisDirectory load(String yaml) {
		return CrisisDirectory.load(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test directory"),
				TODAY);
	}

	private static void assertRefused(String yaml, String... expectedInMessage) {
		assertThatExceptionOfType(CrisisDataException.class).isThrownBy(() -> load(yaml))
			.withMessageContaining("test directory")
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(expectedInMessage));
	}

}
