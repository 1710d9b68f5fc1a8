package org.holdfast.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.account.SignedInMember;
import org.holdfast.toolbox.ActivityChoices;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's mood and urge journal: write an entry, change or delete one, and look back
 * over 7, 30, 90 or 365 days as a chart, a table and a few sentences. Only ever their
 * own; words that sound like danger show the writer where help is, and tell no one.
 */
@Controller
class JournalController {

	/** The spans of history to choose from, in days. */
	static final List<Integer> SPANS = List.of(7, 30, 90, 365);

	/** How many days back an entry can be about: as far as the history shows. */
	static final int OLDEST = 364;

	private final Journal journal;

	private final ActivityChoices choices;

	private final MessageSource messages;

	private final Clock clock;

	JournalController(Journal journal, ActivityChoices choices, MessageSource messages, Clock clock) {
		this.journal = journal;
		this.choices = choices;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * One entry as the table shows it, its words looked up once here rather than cell by
	 * cell in the template (a year can hold hundreds of entries).
	 */
	record Row(String href, String label, String day, String mood, String urge, String situation, String helped,
			String note) {
	}

	@GetMapping("/me/journal")
	String history(@AuthenticationPrincipal SignedInMember me, @RequestParam(defaultValue = "30") String days,
			Locale locale, Model model) {
		int span = SPANS.stream().filter((s) -> Integer.toString(s).equals(days)).findFirst().orElse(30);
		LocalDate today = today();
		LocalDate from = today.minusDays(span - 1L);
		// a day ahead of the server's, for entries written east of it
		List<JournalEntry> entries = this.journal.between(me.id(), from, today.plusDays(1));
		LocalDate to = entries.stream().anyMatch((entry) -> entry.day().isAfter(today)) ? today.plusDays(1) : today;
		model.addAttribute("span", span);
		model.addAttribute("spans", SPANS);
		model.addAttribute("chart", MoodChart.of(entries, from, to));
		model.addAttribute("rows", rows(me, entries, locale));
		return "journal/history";
	}

	@GetMapping("/me/journal/new")
	String create(@AuthenticationPrincipal SignedInMember me, Model model) {
		JournalForm form = new JournalForm();
		form.setDay(today().toString());
		return form(me, null, form, model);
	}

	/**
	 * A new entry started with the urge timer's answers ({@code urge}, {@code helped}),
	 * not yet saved. A form post, so the answers stay out of the browser's history.
	 */
	@PostMapping("/me/journal/from-timer")
	String fromTimer(@AuthenticationPrincipal SignedInMember me, @RequestParam(required = false) @Nullable String urge,
			@RequestParam(name = "helped", required = false) @Nullable List<String> helped, Model model) {
		JournalForm form = new JournalForm();
		form.setDay(today().toString());
		if (urge != null && urge.matches("\\d{1,2}") && Integer.parseInt(urge) <= 10) {
			form.setUrge(urge);
		}
		if (helped != null) {
			form.setHelped(helped.stream()
				.filter((ref) -> ActivityChoices.shared(ref) != null)
				.distinct()
				.limit(JournalForm.MAX_HELPED)
				.toList());
		}
		model.addAttribute("fromTimer", true);
		return form(me, null, form, model);
	}

	@PostMapping("/me/journal/new")
	String create(@AuthenticationPrincipal SignedInMember me, @ModelAttribute("entry") JournalForm form,
			BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		form.validate(errors, today().minusDays(OLDEST), today().plusDays(1));
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(me, null, form, model);
		}
		this.journal.add(me.id(), form);
		redirect.addFlashAttribute("savedDraft", "journal-new");
		return saved(form, "journal.saved", redirect);
	}

	@GetMapping("/me/journal/{id}")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id, Model model) {
		JournalEntry entry = find(me, id);
		return form(me, entry, JournalForm.of(entry), model);
	}

	@PostMapping("/me/journal/{id}")
	String edit(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@ModelAttribute("entry") JournalForm form, BindingResult errors, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		JournalEntry entry = find(me, id);
		form.validate(errors, today().minusDays(OLDEST), today().plusDays(1));
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(me, entry, form, model);
		}
		if (!this.journal.change(me.id(), id, form)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("savedDraft", "journal-" + id);
		return saved(form, "journal.changed", redirect);
	}

	@PostMapping("/me/journal/{id}/delete")
	String delete(@AuthenticationPrincipal SignedInMember me, @PathVariable long id,
			@RequestParam(defaultValue = "false") String confirm, RedirectAttributes redirect) {
		find(me, id);
		if (!"true".equals(confirm)) {
			redirect.addFlashAttribute("refused", "journal.delete.confirm.needed");
			return "redirect:/me/journal/" + id;
		}
		if (!this.journal.delete(me.id(), id)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("saved", "journal.deleted");
		return "redirect:/me/journal";
	}

	private List<Row> rows(SignedInMember me, List<JournalEntry> entries, Locale locale) {
		Map<String, String> titles = this.choices.titles(me.id(),
				entries.stream().flatMap((entry) -> entry.helped().stream()).distinct().toList());
		DateTimeFormatter day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale);
		String[] moods = new String[6];
		for (int mood = 1; mood <= 5; mood++) {
			moods[mood] = this.messages.getMessage("journal.mood." + mood, null, locale);
		}
		String[] urges = new String[11];
		for (int urge = 0; urge <= 10; urge++) {
			urges[urge] = this.messages.getMessage("journal.urge.of", new Object[] { urge }, locale);
		}
		List<Row> rows = new ArrayList<>(entries.size());
		for (int i = entries.size() - 1; i >= 0; i--) {
			JournalEntry entry = entries.get(i);
			String when = day.format(entry.day());
			rows.add(new Row("/me/journal/" + entry.id(),
					this.messages.getMessage("journal.change.label", new Object[] { when }, locale), when,
					(entry.mood() != null) ? moods[entry.mood()] : "–",
					(entry.urge() != null) ? urges[entry.urge()] : "–", Objects.toString(entry.situation(), ""),
					String.join(", ", entry.helped().stream().map(titles::get).filter(Objects::nonNull).toList()),
					Objects.toString(entry.note(), "")));
		}
		return rows;
	}

	private String saved(JournalForm form, String message, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", message);
		redirect.addFlashAttribute("crisis", form.soundsLikeCrisis());
		LocalDate day = form.date();
		long ago = java.time.temporal.ChronoUnit.DAYS.between(day, today());
		int span = SPANS.stream().filter((s) -> s >= 30 && s > ago).findFirst().orElse(365);
		return "redirect:/me/journal" + ((span != 30) ? "?days=" + span : "");
	}

	private JournalEntry find(SignedInMember me, long id) {
		return this.journal.find(me.id(), id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String form(SignedInMember me, @Nullable JournalEntry entry, JournalForm form, Model model) {
		Map<String, List<ActivityChoices.Choice>> groups = new LinkedHashMap<>();
		for (ActivityChoices.Choice choice : this.choices.forMember(me.id())) {
			groups.computeIfAbsent(choice.group(), (g) -> new ArrayList<>()).add(choice);
		}
		model.addAttribute("subject", entry);
		model.addAttribute("entry", form);
		model.addAttribute("groups", groups);
		model.addAttribute("today", today());
		return "journal/entry";
	}

	/**
	 * Today, by the server's calendar (UTC); the day field lets a member choose theirs.
	 */
	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

}
