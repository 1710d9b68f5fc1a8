package org.holdfast.crisis;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings of the safety layer.
 *
 * @param directory the crisis directory file ({@code HOLDFAST_CRISIS_DIRECTORY}); the
 * packaged one unless an operator maintains their own
 * @param exitUrl where the quick exit sends people: a neutral page such as a weather
 * forecast ({@code HOLDFAST_CRISIS_EXITURL})
 */
@ConfigurationProperties("holdfast.crisis")
record CrisisProperties(@DefaultValue("classpath:crisis/crisis-lines.yml") Resource directory,
		@DefaultValue("https://www.bbc.co.uk/weather") URI exitUrl) {

	CrisisProperties {
		if (!exitUrl.isAbsolute() || exitUrl.getHost() == null
				|| !("https".equals(exitUrl.getScheme()) || "http".equals(exitUrl.getScheme()))) {
			throw new IllegalArgumentException(
					"holdfast.crisis.exit-url must be a full web address, not '" + exitUrl + "'");
		}
	}

}
