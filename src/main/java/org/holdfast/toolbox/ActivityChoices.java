package org.holdfast.toolbox;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.holdfast.editorial.Workflow;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The toolbox activities a member can name as having helped (in their journal): their own
 * ones, their favourites, then every published one by kind. An activity is named by a
 * short reference: {@code a12} for a shared activity, {@code o7} for one of their own.
 */
@Component
public class ActivityChoices {

	/** One activity to choose. */
	public record Choice(String ref, String title, String group) {
	}

	/** The group of the member's own activities. */
	public static final String OWN = "own";

	/** The group of the member's favourites. */
	public static final String FAVOURITES = "favourites";

	private final ActivityRepository activities;

	private final MemberActivities members;

	ActivityChoices(ActivityRepository activities, MemberActivities members) {
		this.activities = activities;
		this.members = members;
	}

	/**
	 * Everything the member can choose, in groups: {@link #OWN}, {@link #FAVOURITES},
	 * then each category's slug.
	 */
	@Transactional(readOnly = true)
	public List<Choice> forMember(long member) {
		List<Choice> choices = new ArrayList<>();
		this.members.own(member).forEach((own) -> choices.add(new Choice("o" + own.id(), own.title(), OWN)));
		Set<Long> favourites = this.members.favourites(member);
		List<CopingActivity> published = published();
		published.stream()
			.filter((activity) -> favourites.contains(activity.getId()))
			.forEach((activity) -> choices.add(new Choice("a" + activity.getId(), activity.getTitle(), FAVOURITES)));
		published.stream()
			.filter((activity) -> !favourites.contains(activity.getId()))
			.forEach((activity) -> choices
				.add(new Choice("a" + activity.getId(), activity.getTitle(), activity.getCategory().slug())));
		return choices;
	}

	/**
	 * The titles of these references that the member may see (shared activities in any
	 * state, their own activities only), by reference.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> titles(long member, Collection<String> refs) {
		Map<String, String> titles = new LinkedHashMap<>();
		List<Long> shared = ids(refs, 'a');
		if (!shared.isEmpty()) {
			// never a draft's title: only activities the public has seen
			this.activities.findAllById(shared)
				.stream()
				.filter((a) -> a.getWorkflow().getPublishedRevision() != null)
				.forEach((a) -> titles.put("a" + a.getId(), a.getTitle()));
		}
		if (refs.stream().anyMatch((ref) -> ref.startsWith("o"))) {
			this.members.own(member).forEach((own) -> titles.put("o" + own.id(), own.title()));
		}
		titles.keySet().retainAll(refs);
		return titles;
	}

	/** The shared activity a reference names, if it is one ({@code a12} → 12). */
	public static @Nullable Long shared(String ref) {
		return number(ref, 'a');
	}

	/** The member's own activity a reference names, if it is one ({@code o7} → 7). */
	public static @Nullable Long own(String ref) {
		return number(ref, 'o');
	}

	private List<CopingActivity> published() {
		return this.activities.findByWorkflowStateOrderByCategoryAscTitleAsc(Workflow.State.PUBLISHED)
			.stream()
			.sorted(Comparator.comparing(CopingActivity::getCategory).thenComparing(CopingActivity::getTitle))
			.toList();
	}

	private static List<Long> ids(Collection<String> refs, char kind) {
		return refs.stream().map((ref) -> number(ref, kind)).filter((id) -> id != null).map((id) -> (long) id).toList();
	}

	/** The number in a reference written exactly as this class writes it, or null. */
	private static @Nullable Long number(String ref, char kind) {
		if (ref.length() < 2 || ref.length() > 19 || ref.charAt(0) != kind || ref.charAt(1) == '0') {
			return null;
		}
		String digits = ref.substring(1);
		return digits.chars().allMatch((c) -> c >= '0' && c <= '9') ? Long.valueOf(digits) : null;
	}

}
