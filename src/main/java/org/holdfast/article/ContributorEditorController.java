package org.holdfast.article;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.holdfast.system.PublicPagesChanged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Contributors, as editors enter them: the people or teams credited on articles, with a
 * bio and any real credentials. A change shows on the contributor's page at once: it is a
 * credit, not article text, so it needs no second editor.
 */
@Controller
class ContributorEditorController {

	static final String FORM = "editor/contributor";

	private final ContributorRepository contributors;

	private final ApplicationEventPublisher events;

	ContributorEditorController(ContributorRepository contributors, ApplicationEventPublisher events) {
		this.contributors = contributors;
		this.events = events;
	}

	@GetMapping("/editor/contributors")
	String list(Model model) {
		model.addAttribute("contributors", this.contributors.findAllByOrderByName());
		return "editor/contributors";
	}

	@GetMapping("/editor/contributors/new")
	String create(Model model) {
		return form(null, new ContributorForm(), model);
	}

	@PostMapping("/editor/contributors/new")
	@Transactional
	String create(@ModelAttribute("contributor") ContributorForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.validate(errors, true);
		if (!errors.hasFieldErrors("slug") && this.contributors.findBySlug(form.getSlug()).isPresent()) {
			errors.rejectValue("slug", "editor.contributor.slug.taken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, model);
		}
		this.contributors.save(new Contributor(form.getSlug(), form.getName(), form.getBio(), credentials(form)));
		redirect.addFlashAttribute("saved", "editor.contributor.saved");
		return "redirect:/editor/contributors";
	}

	@GetMapping("/editor/contributors/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Contributor contributor = find(slug);
		return form(contributor, ContributorForm.of(contributor), model);
	}

	@PostMapping("/editor/contributors/{slug}")
	@Transactional
	String edit(@PathVariable String slug, @ModelAttribute("contributor") ContributorForm form, BindingResult errors,
			Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Contributor contributor = find(slug);
		form.setSlug(contributor.getSlug());
		form.validate(errors, false);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(contributor, form, model);
		}
		contributor.describe(form.getName(), form.getBio(), credentials(form));
		this.contributors.save(contributor);
		this.events.publishEvent(new PublicPagesChanged());
		redirect.addFlashAttribute("saved", "editor.contributor.saved");
		return "redirect:/editor/contributors";
	}

	private static @Nullable String credentials(ContributorForm form) {
		return form.getCredentials().isEmpty() ? null : form.getCredentials();
	}

	private String form(@Nullable Contributor existing, ContributorForm form, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("contributor", form);
		return FORM;
	}

	private Contributor find(String slug) {
		return this.contributors.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

}
