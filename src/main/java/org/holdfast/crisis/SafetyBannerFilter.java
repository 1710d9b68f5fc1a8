package org.holdfast.crisis;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Puts the visitor's {@link SafetyBanner} on every request before anything else runs, so
 * that every page the layout renders (including 403, 404 and 500 pages, and pages
 * rendered while the database is down) can show it. Registered first in the chain, for
 * every dispatch type, by {@link CrisisConfiguration}.
 */
class SafetyBannerFilter extends OncePerRequestFilter {

	private final SafetyBanners banners;

	SafetyBannerFilter(SafetyBanners banners) {
		this.banners = banners;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		this.banners.forRequest(request);
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}
