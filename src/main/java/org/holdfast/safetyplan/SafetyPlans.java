package org.holdfast.safetyplan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' saved safety plans, one each. A save names the version it was based on, so a
 * save from an out-of-date device (a phone left open on last week's plan) is refused
 * rather than silently overwriting the newer plan.
 */
@Repository
class SafetyPlans {

	/** A saved plan and when it was last changed. */
	record Saved(SafetyPlanForm plan, Instant updatedAt) {
	}

	/** The plan changed since the version the save was based on. */
	static class StaleException extends RuntimeException {

		StaleException() {
			super("The plan changed since");
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	SafetyPlans(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	Optional<Saved> find(long member) {
		return this.jdbc.query("select * from safety_plan where member_id = ?", (row, n) -> {
			SafetyPlanForm plan = new SafetyPlanForm();
			plan.setWarningSigns(row.getString("warning_signs"));
			plan.setCoping(row.getString("coping"));
			plan.setDistractions(row.getString("distractions"));
			plan.setPeople(row.getString("people"));
			plan.setProfessionals(row.getString("professionals"));
			plan.setSurroundings(row.getString("surroundings"));
			plan.setReasons(row.getString("reasons"));
			plan.setVersion(row.getInt("version"));
			return new Saved(plan, row.getTimestamp("updated_at").toInstant());
		}, member).stream().findFirst();
	}

	/**
	 * Saves the plan if it is based on the newest version (0 for none yet); returns the
	 * new version.
	 * @throws StaleException if it was saved meanwhile from somewhere else
	 */
	@Transactional
	int save(long member, SafetyPlanForm plan) {
		Timestamp now = Timestamp.from(this.clock.instant());
		int next = plan.getVersion() + 1;
		int written;
		if (plan.getVersion() == 0) {
			written = this.jdbc.update("""
					insert into safety_plan (member_id, warning_signs, coping, distractions, people, professionals,
					  surroundings, reasons, version, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?) on conflict do nothing""", member, plan.getWarningSigns(),
					plan.getCoping(), plan.getDistractions(), plan.getPeople(), plan.getProfessionals(),
					plan.getSurroundings(), plan.getReasons(), now, now);
		}
		else {
			written = this.jdbc.update("""
					update safety_plan set warning_signs = ?, coping = ?, distractions = ?, people = ?,
					  professionals = ?, surroundings = ?, reasons = ?, version = ?, updated_at = ?
					where member_id = ? and version = ?""", plan.getWarningSigns(), plan.getCoping(),
					plan.getDistractions(), plan.getPeople(), plan.getProfessionals(), plan.getSurroundings(),
					plan.getReasons(), next, now, member, plan.getVersion());
		}
		if (written != 1) {
			throw new StaleException();
		}
		return next;
	}

	@Transactional
	void delete(long member) {
		this.jdbc.update("delete from safety_plan where member_id = ?", member);
	}

}
