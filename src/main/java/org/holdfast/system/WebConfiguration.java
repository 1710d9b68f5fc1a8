package org.holdfast.system;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files and language. Our CSS and scripts are served under content-hashed names
 * with a year-long cache (see {@link Assets}); Spring Boot's catch-all static mapping is
 * switched off so that only what is listed here is served.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PageCacheProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Languages with a complete {@code messages} bundle. Pages are never labelled with
	 * others.
	 */
	static final List<Locale> SUPPORTED_LANGUAGES = List.of(Locale.ENGLISH);

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**", "/js/**")
			.addResourceLocations("classpath:/static/css/", "classpath:/static/js/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
		registry.addResourceHandler("/favicon.svg", "/favicon.ico", "/robots.txt")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic());
	}

	@Bean
	Assets assets(ResourceUrlProvider mvcResourceUrlProvider) {
		return new Assets(mvcResourceUrlProvider);
	}

	@Bean
	Assets.Dialect assetsDialect(Assets assets) {
		return new Assets.Dialect(assets);
	}

	@Bean
	PublicPageCache publicPageCache(PageCacheProperties properties, LocaleResolver localeResolver,
			ObjectProvider<Clock> clock) {
		return new PublicPageCache(properties.lifetime(), localeResolver, clock.getIfAvailable(Clock::systemUTC));
	}

	/**
	 * The page cache runs inside Spring Security, so cached pages get every security
	 * header.
	 */
	@Bean
	FilterRegistrationBean<PublicPageCache> publicPageCacheFilter(PublicPageCache cache) {
		FilterRegistrationBean<PublicPageCache> registration = new FilterRegistrationBean<>(cache);
		registration.setOrder(0);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(SUPPORTED_LANGUAGES);
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

}
