package org.holdfast.crisis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.Resource;

/**
 * The crisis-line directory, read once at start-up from a data file packaged with the app
 * and held in memory. The banner and {@code /help} read only this, so they keep working
 * when the database does not.
 *
 * <p>
 * Loading validates every entry (numbers, keywords, addresses, source and verification
 * date) and throws {@link CrisisDataException} naming the first bad one, so a typo can
 * never reach a person in crisis.
 */
public final class CrisisDirectory {

	private static final Logger log = LoggerFactory.getLogger(CrisisDirectory.class);

	private static final Pattern LINE_ID = Pattern.compile("[a-z]{2}-[a-z0-9-]{1,40}");

	private static final Set<String> ISO_COUNTRIES = Set.of(Locale.getISOCountries());

	private static final YAMLMapper MAPPER = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
		// Every number must be a quoted string: YAML reads an unquoted 911 as an
		// integer, and some YAML readers turn 000 into 0.
		.withCoercionConfig(LogicalType.Textual,
				(config) -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
					.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
		.build();

	private final String version;

	private final Elsewhere elsewhere;

	private final Map<String, Country> countries;

	private CrisisDirectory(String version, Elsewhere elsewhere, Map<String, Country> countries) {
		this.version = version;
		this.elsewhere = elsewhere;
		this.countries = countries;
	}

	/**
	 * Reads and validates a directory file.
	 * @param resource the YAML file
	 * @param clock today's date, to reject verification dates in the future and warn
	 * about stale ones
	 * @return the directory
	 * @throws CrisisDataException if the file is unreadable or any entry is invalid
	 */
	public static CrisisDirectory load(Resource resource, Clock clock) {
		String file = resource.getDescription();
		RawDirectory raw;
		try (InputStream in = resource.getInputStream()) {
			raw = MAPPER.readValue(in, RawDirectory.class);
		}
		catch (JacksonException ex) {
			throw new CrisisDataException("the crisis directory " + file + " is malformed at " + describe(ex) + ": "
					+ ex.getOriginalMessage().lines().findFirst().orElse(""), ex);
		}
		catch (IOException ex) {
			throw new CrisisDataException("the crisis directory " + file + " cannot be read: " + ex.getMessage(), ex);
		}
		return new Validator(file, LocalDate.now(clock)).validate(raw);
	}

	public String version() {
		return this.version;
	}

	public Elsewhere elsewhere() {
		return this.elsewhere;
	}

	/** All countries, in the order of the file. */
	public List<Country> countries() {
		return List.copyOf(this.countries.values());
	}

	/** The countries sorted by their names in the given language, for pickers. */
	public List<Country> countriesByName(Locale locale) {
		return this.countries.values()
			.stream()
			.sorted((a, b) -> a.name(locale).compareToIgnoreCase(b.name(locale)))
			.toList();
	}

	/** Finds a country by its ISO code, in any case. */
	public Optional<Country> country(@Nullable String code) {
		if (code == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(this.countries.get(code.toUpperCase(Locale.ROOT)));
	}

	private static String describe(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		String where = path.isEmpty() ? "the top" : path.toString();
		if (ex.getLocation() != null && ex.getLocation().getLineNr() > 0) {
			where += " (line " + ex.getLocation().getLineNr() + ")";
		}
		return where;
	}

	/** Turns the raw file into checked domain objects, naming the entry that fails. */
	private static final class Validator {

		private final String file;

		private final LocalDate today;

		private final Set<String> lineIds = new HashSet<>();

		private String entry = "the file";

		Validator(String file, LocalDate today) {
			this.file = file;
			this.today = today;
		}

		CrisisDirectory validate(RawDirectory raw) {
			String version = required(raw.version(), "version");
			Elsewhere elsewhere = elsewhere(raw.elsewhere());
			List<RawCountry> rawCountries = (raw.countries() != null) ? raw.countries() : List.of();
			if (rawCountries.isEmpty()) {
				throw invalid("countries", "must list at least one country");
			}
			Map<String, Country> countries = new LinkedHashMap<>();
			for (int i = 0; i < rawCountries.size(); i++) {
				this.entry = "country #" + (i + 1);
				Country country = country(present(rawCountries.get(i), "countries[" + i + "]"));
				if (countries.putIfAbsent(country.code(), country) != null) {
					throw invalid("code", "country " + country.code() + " is listed twice");
				}
			}
			return new CrisisDirectory(version, elsewhere, Collections.unmodifiableMap(countries));
		}

		private Elsewhere elsewhere(@Nullable RawElsewhere raw) {
			this.entry = "the 'elsewhere' entry";
			if (raw == null) {
				throw invalid("elsewhere", "is missing");
			}
			return new Elsewhere(required(raw.name(), "name"), url(required(raw.web(), "web"), "web"),
					phone(required(raw.emergency(), "emergency"), "emergency"),
					source(required(raw.source(), "source")), verified(required(raw.verified(), "verified")));
		}

		private Country country(RawCountry raw) {
			String code = required(raw.code(), "code");
			if (!ISO_COUNTRIES.contains(code)) {
				throw invalid("code", "'" + code + "' is not an upper-case ISO 3166 country code");
			}
			this.entry = "country " + code;
			List<RawEmergency> rawEmergency = (raw.emergency() != null) ? raw.emergency() : List.of();
			if (rawEmergency.isEmpty()) {
				throw invalid("emergency", "must give at least one emergency number");
			}
			List<EmergencyNumber> emergency = new ArrayList<>();
			for (RawEmergency number : rawEmergency) {
				present(number, "emergency");
				emergency
					.add(new EmergencyNumber(phone(required(number.number(), "emergency.number"), "emergency.number"),
							blankToNull(number.note()), sources(number.source()),
							verified(required(number.verified(), "emergency.verified"))));
			}
			List<RawLine> rawLines = (raw.lines() != null) ? raw.lines() : List.of();
			if (rawLines.isEmpty()) {
				throw invalid("lines", "must list at least one crisis line");
			}
			List<CrisisLine> lines = new ArrayList<>();
			for (RawLine line : rawLines) {
				lines.add(line(code, present(line, "lines")));
				this.entry = "country " + code;
			}
			return new Country(code, emergency, lines);
		}

		private CrisisLine line(String countryCode, RawLine raw) {
			String id = required(raw.id(), "id");
			this.entry = "line '" + id + "' (" + countryCode + ")";
			if (!LINE_ID.matcher(id).matches() || !id.startsWith(countryCode.toLowerCase(Locale.ROOT) + "-")) {
				throw invalid("id", "must be the lower-case country code, a dash and a short slug");
			}
			if (!this.lineIds.add(id)) {
				throw invalid("id", "is used twice");
			}
			List<PhoneNumber> calls = new ArrayList<>();
			for (String call : (raw.call() != null) ? raw.call() : List.<String>of()) {
				calls.add(phone(required(call, "call"), "call"));
			}
			TextOption text = null;
			if (raw.text() != null) {
				PhoneNumber number = phone(required(raw.text().number(), "text.number"), "text.number");
				try {
					text = new TextOption(number, blankToNull(raw.text().keyword()));
				}
				catch (IllegalArgumentException ex) {
					throw invalid("text.keyword", ex.getMessage());
				}
			}
			if (calls.isEmpty() && text == null) {
				throw invalid("call", "a line needs a number to call or to text");
			}
			return new CrisisLine(id, required(raw.name(), "name"), calls, text,
					(raw.web() != null) ? url(raw.web(), "web") : null, blankToNull(raw.hours()),
					blankToNull(raw.languages()), blankToNull(raw.audience()), blankToNull(raw.note()),
					Boolean.TRUE.equals(raw.unconfirmed()), sources(raw.source()), sourceKind(raw.sourceKind()),
					verified(required(raw.verified(), "verified")));
		}

		private <T> T present(@Nullable T item, String field) {
			if (item == null) {
				throw invalid(field, "has an empty item");
			}
			return item;
		}

		private String required(@Nullable String value, String field) {
			if (value == null || value.isBlank()) {
				throw invalid(field, "is missing");
			}
			return value.strip();
		}

		private PhoneNumber phone(String value, String field) {
			try {
				return new PhoneNumber(value.strip());
			}
			catch (IllegalArgumentException ex) {
				throw invalid(field, ex.getMessage());
			}
		}

		private URI url(String value, String field) {
			URI uri = address(value, field);
			if (!"https".equals(uri.getScheme())) {
				throw invalid(field, "'" + value + "' must be a full https:// address");
			}
			return uri;
		}

		/** A source is a page people can open safely: https only. */
		private URI source(String value) {
			return url(value, "source");
		}

		private List<URI> sources(@Nullable List<String> values) {
			if (values == null || values.isEmpty()) {
				throw invalid("source", "is missing: every number needs the page that states it");
			}
			return values.stream().map((value) -> source(required(value, "source"))).toList();
		}

		private CrisisLine.SourceKind sourceKind(@Nullable String value) {
			String kind = required(value, "source_kind");
			for (CrisisLine.SourceKind candidate : CrisisLine.SourceKind.values()) {
				if (candidate.name().equalsIgnoreCase(kind)) {
					return candidate;
				}
			}
			throw invalid("source_kind", "'" + kind + "' must be provider or secondary");
		}

		private URI address(String value, String field) {
			try {
				URI uri = new URI(value.strip());
				if (uri.getScheme() == null || uri.getHost() == null) {
					throw invalid(field, "'" + value + "' must be a full web address");
				}
				return uri;
			}
			catch (URISyntaxException ex) {
				throw invalid(field, "'" + value + "' is not a valid address");
			}
		}

		private LocalDate verified(String value) {
			LocalDate date;
			try {
				date = LocalDate.parse(value);
			}
			catch (DateTimeParseException ex) {
				throw invalid("verified", "'" + value + "' is not a date like 2026-11-25");
			}
			if (date.isAfter(this.today.plusDays(1))) {
				throw invalid("verified", date + " is in the future");
			}
			if (date.isBefore(this.today.minusYears(1))) {
				log.warn("Crisis directory: {} was last verified on {}, over a year ago. Please check it.", this.entry,
						date);
			}
			return date;
		}

		private CrisisDataException invalid(String field, String problem) {
			return new CrisisDataException(
					"the crisis directory " + this.file + " is invalid: " + this.entry + ": " + field + " " + problem);
		}

		private static @Nullable String blankToNull(@Nullable String value) {
			return (value == null || value.isBlank()) ? null : value.strip();
		}

	}

	record RawDirectory(@Nullable String version, @Nullable RawElsewhere elsewhere,
			@Nullable List<RawCountry> countries) {
	}

	record RawElsewhere(@Nullable String name, @Nullable String web, @Nullable String emergency,
			@Nullable String source, @Nullable String verified) {
	}

	record RawCountry(@Nullable String code, @Nullable List<RawEmergency> emergency, @Nullable List<RawLine> lines) {
	}

	record RawEmergency(@Nullable String number, @Nullable String note, @Nullable List<String> source,
			@Nullable String verified) {
	}

	record RawLine(@Nullable String id, @Nullable String name, @Nullable List<String> call, @Nullable RawText text,
			@Nullable String web, @Nullable String hours, @Nullable String languages, @Nullable String audience,
			@Nullable String note, @Nullable Boolean unconfirmed, @Nullable List<String> source,
			@JsonProperty("source_kind") @Nullable String sourceKind, @Nullable String verified) {
	}

	record RawText(@Nullable String number, @Nullable String keyword) {
	}

}
