package org.holdfast.moderation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How moderation runs on this site.
 *
 * @param staffedDays the days moderators are usually on shift
 * @param staffedFrom when a staffed day's shift starts (in {@code zone})
 * @param staffedUntil when it ends; earlier than {@code staffedFrom} means it ends after
 * midnight
 * @param zone the time zone of the shifts, shown on the "how we moderate" page
 * @param autoHideReports outside staffed hours, a post reported by this many different
 * members is hidden until a moderator has looked at it
 * @param suspensionDays the ladder of suspensions from posting, in days; the rung after
 * the last is permanent
 */
@ConfigurationProperties("holdfast.moderation")
public record ModerationProperties(@DefaultValue( {
		"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) Set<DayOfWeek> staffedDays,
		@DefaultValue("09:00") LocalTime staffedFrom, @DefaultValue("21:00") LocalTime staffedUntil,
		@DefaultValue("UTC") ZoneId zone, @DefaultValue("3") int autoHideReports,
		@DefaultValue({ "14", "30" }) List<Integer> suspensionDays){

	public ModerationProperties {
		if (autoHideReports < 2) {
			throw new IllegalArgumentException("holdfast.moderation.auto-hide-reports must be at least 2");
		}
		if (suspensionDays.isEmpty() || suspensionDays.stream().anyMatch((days) -> days < 1)) {
			throw new IllegalArgumentException("holdfast.moderation.suspension-days must be whole days, at least 1");
		}
	}

	/** Whether moderators are usually on shift at this moment. */
	public boolean staffed(Instant instant) {
		ZonedDateTime local = instant.atZone(this.zone);
		LocalTime time = local.toLocalTime();
		if (!this.staffedFrom.isAfter(this.staffedUntil)) {
			return this.staffedDays.contains(local.getDayOfWeek()) && !time.isBefore(this.staffedFrom)
					&& time.isBefore(this.staffedUntil);
		}
		// A night shift: it belongs to the day it started on.
		if (!time.isBefore(this.staffedFrom)) {
			return this.staffedDays.contains(local.getDayOfWeek());
		}
		return time.isBefore(this.staffedUntil) && this.staffedDays.contains(local.getDayOfWeek().minus(1));
	}

}
