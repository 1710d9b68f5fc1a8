package org.holdfast.crisis;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One crisis service in one country, as listed in the packaged directory. Every entry
 * names the page its facts came from and when they were last checked, because a wrong
 * number is the worst defect Holdfast could ship.
 *
 * @param id a stable slug, for example {@code gb-samaritans}
 * @param name the service's own name
 * @param calls numbers to call, the first being the main one (may be empty for text-only
 * services)
 * @param text how to text the service, if it takes texts
 * @param web the service's website, if confirmed
 * @param hours when it answers, in the service's words
 * @param languages languages it answers in
 * @param audience who it is for, when it is not for everyone
 * @param note anything else a caller should know
 * @param unconfirmed whether some of the facts could not be confirmed from the source, in
 * which case the page asks people to check on the provider's site
 * @param sources the pages that state the line's facts
 * @param sourceKind whose pages those are: the provider's own, or someone else's where no
 * page of the provider's could be found
 * @param verified when the entry was last checked against its source
 */
public record CrisisLine(String id, String name, List<PhoneNumber> calls, @Nullable TextOption text, @Nullable URI web,
		@Nullable String hours, @Nullable String languages, @Nullable String audience, @Nullable String note,
		boolean unconfirmed, List<URI> sources, SourceKind sourceKind, LocalDate verified) {

	/** Whose page a line's facts come from. */
	public enum SourceKind {

		/** The organisation (or government body) that runs the line. */
		PROVIDER,

		/** A news report, directory or other page, where no provider page was found. */
		SECONDARY

	}

	public CrisisLine {
		calls = List.copyOf(calls);
		sources = List.copyOf(sources);
	}

	/** The website's host name for display, for example {@code samaritans.org}. */
	public @Nullable String webHost() {
		return (this.web != null) ? Elsewhere.host(this.web) : null;
	}

	/** The main number to call, or {@code null} for a text-only service. */
	public @Nullable PhoneNumber call() {
		return this.calls.isEmpty() ? null : this.calls.get(0);
	}

}
