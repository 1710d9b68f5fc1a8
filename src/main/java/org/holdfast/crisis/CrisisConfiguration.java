package org.holdfast.crisis;

import java.time.Clock;
import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The safety layer's beans. The crisis directory is loaded once here, at start-up: a
 * malformed file stops the application before it can serve a single page with a wrong
 * number. The banner filter runs first on every request and on error dispatches, so every
 * page has the banner.
 *
 * <p>
 * Public so that web-slice tests of any feature can import the safety layer their pages
 * render.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CrisisProperties.class)
public class CrisisConfiguration {

	@Bean
	CrisisDirectory crisisDirectory(CrisisProperties properties) {
		return CrisisDirectory.load(properties.directory(), Clock.systemDefaultZone());
	}

	@Bean
	CountryResolver countryResolver(CrisisDirectory directory) {
		return new CountryResolver(directory);
	}

	@Bean
	SafetyBanners safetyBanners(CountryResolver countries, CrisisDirectory directory) {
		return new SafetyBanners(countries, directory);
	}

	@Bean
	FilterRegistrationBean<SafetyBannerFilter> safetyBannerFilter(SafetyBanners banners) {
		FilterRegistrationBean<SafetyBannerFilter> registration = new FilterRegistrationBean<>(
				new SafetyBannerFilter(banners));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
		return registration;
	}

}
