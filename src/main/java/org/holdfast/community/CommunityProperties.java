package org.holdfast.community;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Community settings. Each space has its own posting limits; this is what makes an
 * account "new" for them.
 *
 * @param newAccountDays for how many days after joining an account has the tighter
 * posting limits, and can't post in spaces closed to new accounts
 * @param checksPerHour how many times one member may send something to be checked that is
 * not saved (refused, sent back, or shown help first) in an hour, on one node: the checks
 * run before anything is saved, so the posting limits alone don't bound them
 */
@ConfigurationProperties("holdfast.community")
record CommunityProperties(@DefaultValue("7") int newAccountDays, @DefaultValue("30") int checksPerHour) {
}
