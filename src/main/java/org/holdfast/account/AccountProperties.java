package org.holdfast.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param sessionLifetime how long a sign-in lasts at most, however active the member is
 * (the idle time-out is {@code server.servlet.session.timeout})
 * @param addressFreeAttempts failed sign-ins one client address may make (within an hour)
 * before each further attempt must wait; raise it where many people share one address
 * @param signUpsPerAddressPerHour accounts one client address may create in an hour
 */
@ConfigurationProperties("holdfast.accounts")
record AccountProperties(@DefaultValue("12h") Duration sessionLifetime, @DefaultValue("20") int addressFreeAttempts,
		@DefaultValue("30") int signUpsPerAddressPerHour) {
}
