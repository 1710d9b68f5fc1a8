package org.holdfast.path;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SessionHandover;
import org.holdfast.account.SignedInMember;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds whose progress to use (a member's, or an anonymous visitor's session), works out
 * their journey through a path, and moves a visitor's progress into their account when
 * they sign in or sign up.
 */
@Service
class Journeys implements SessionHandover {

	private final JdbcTemplate jdbc;

	Journeys(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Their progress, to read; an anonymous visitor without a session has none. */
	ProgressStore reading(@Nullable SignedInMember me, HttpServletRequest request) {
		if (me != null) {
			return new MemberProgress(this.jdbc, me.id());
		}
		SessionProgress kept = SessionProgress.in(request.getSession(false));
		return (kept != null) ? kept : new SessionProgress();
	}

	/**
	 * Their progress, to change; an anonymous visitor's session starts here if need be.
	 */
	ProgressStore writing(@Nullable SignedInMember me, HttpServletRequest request) {
		if (me != null) {
			return new MemberProgress(this.jdbc, me.id());
		}
		return SessionProgress.of(request.getSession(true));
	}

	Journey journey(Path path, ProgressStore store) {
		List<PathStep> all = path.allSteps();
		Map<Long, StepProgress> progress = store.progress(all.stream().map(PathStep::getId).toList());
		Long placeId = store.place(path.getId());
		PathStep place = (placeId == null) ? null
				: all.stream().filter((step) -> step.getId() == placeId).findFirst().orElse(null);
		return Journey.of(path, progress, place);
	}

	@Override
	@Transactional
	public void handOver(long memberId, HttpSession session) {
		SessionProgress kept = SessionProgress.in(session);
		if (kept == null) {
			return;
		}
		if (!kept.isEmpty()) {
			new MemberProgress(this.jdbc, memberId).merge(kept);
		}
		kept.clear();
	}

}
