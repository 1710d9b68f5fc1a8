package org.holdfast.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Account settings.
 *
 * @param sessionLifetime how long a sign-in lasts at most, however active the member is
 * (the idle time-out is {@code server.servlet.session.timeout})
 */
@ConfigurationProperties("holdfast.accounts")
record AccountProperties(@DefaultValue("12h") Duration sessionLifetime) {
}
