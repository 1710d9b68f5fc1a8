package org.holdfast.crisis;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Works out the {@link SafetyBanner} for a request from its country cookie and headers
 * and the in-memory directory, never the database. Used by {@link SafetyBannerFilter} for
 * every request that reaches the application, and by the server's own error pages for the
 * few that do not (a malformed address that Tomcat rejects before any filter runs).
 */
public class SafetyBanners {

	private final CountryResolver countries;

	private final CrisisDirectory directory;

	SafetyBanners(CountryResolver countries, CrisisDirectory directory) {
		this.countries = countries;
		this.directory = directory;
	}

	/** The banner for this request, computed once and kept as a request attribute. */
	public SafetyBanner forRequest(HttpServletRequest request) {
		if (request.getAttribute(SafetyBanner.ATTRIBUTE) instanceof SafetyBanner banner) {
			return banner;
		}
		SafetyBanner banner = SafetyBanner.of(this.countries.resolve(request), this.directory);
		request.setAttribute(SafetyBanner.ATTRIBUTE, banner);
		return banner;
	}

}
