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
 * Topics, as editors keep them: new ones for new subjects, and better names and
 * descriptions. A topic is a label, not article text, so a change shows at once.
 */
@Controller
class TopicEditorController {

	private final TopicRepository topics;

	private final ApplicationEventPublisher events;

	TopicEditorController(TopicRepository topics, ApplicationEventPublisher events) {
		this.topics = topics;
		this.events = events;
	}

	@GetMapping("/editor/topics")
	String list(Model model) {
		model.addAttribute("topics", this.topics.findAllByOrderByName());
		return "editor/topics";
	}

	@GetMapping("/editor/topics/new")
	String create(Model model) {
		return form(null, new TopicForm(), model);
	}

	@PostMapping("/editor/topics/new")
	@Transactional
	String create(@ModelAttribute("topic") TopicForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.validate(errors, true);
		if (!errors.hasFieldErrors("slug") && this.topics.findBySlug(form.getSlug()).isPresent()) {
			errors.rejectValue("slug", "editor.topic.slug.taken");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(null, form, model);
		}
		this.topics.save(new Topic(form.getSlug(), form.getName(), form.getDescription()));
		this.events.publishEvent(new PublicPagesChanged());
		redirect.addFlashAttribute("saved", "editor.topic.saved");
		return "redirect:/editor/topics";
	}

	@GetMapping("/editor/topics/{slug}")
	String edit(@PathVariable String slug, Model model) {
		Topic topic = find(slug);
		return form(topic, TopicForm.of(topic), model);
	}

	@PostMapping("/editor/topics/{slug}")
	@Transactional
	String edit(@PathVariable String slug, @ModelAttribute("topic") TopicForm form, BindingResult errors, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		Topic topic = find(slug);
		form.setSlug(topic.getSlug());
		form.validate(errors, false);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(topic, form, model);
		}
		topic.describe(form.getName(), form.getDescription());
		this.topics.save(topic);
		this.events.publishEvent(new PublicPagesChanged());
		redirect.addFlashAttribute("saved", "editor.topic.saved");
		return "redirect:/editor/topics";
	}

	private String form(@Nullable Topic existing, TopicForm form, Model model) {
		model.addAttribute("existing", existing);
		model.addAttribute("topic", form);
		return "editor/topic";
	}

	private Topic find(String slug) {
		return this.topics.findBySlug(slug).orElseThrow(() -> new ArticleNotFoundException(slug));
	}

}
