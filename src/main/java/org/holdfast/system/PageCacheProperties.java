package org.holdfast.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public page cache ({@link PublicPageCache}).
 *
 * @param lifetime how long a rendered public page is kept; with several app nodes, how
 * long one node may show a page another node has since changed. Zero turns the cache off.
 */
@ConfigurationProperties("holdfast.page-cache")
record PageCacheProperties(@DefaultValue("60s") Duration lifetime) {
}
