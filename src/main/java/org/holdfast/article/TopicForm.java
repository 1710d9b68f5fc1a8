package org.holdfast.article;

import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * A topic as an editor enters it: an address (fixed once made), a name and a description.
 */
class TopicForm {

	static final int MAX_NAME = 80;

	static final int MAX_DESCRIPTION = 300;

	private String slug = "";

	private String name = "";

	private String description = "";

	static TopicForm of(Topic topic) {
		TopicForm form = new TopicForm();
		form.slug = topic.getSlug();
		form.name = topic.getName();
		form.description = topic.getDescription();
		return form;
	}

	void validate(Errors errors, boolean isNew) {
		this.name = this.name.strip();
		this.description = this.description.strip();
		if (isNew) {
			this.slug = this.slug.strip().isEmpty() ? EditorInput.slugFor(this.name, EditorInput.MAX_SLUG)
					: this.slug.strip();
			EditorInput.checkSlug(errors, "slug", this.slug);
		}
		EditorInput.check(errors, "name", this.name, MAX_NAME, "editor.topic.name.required", false);
		EditorInput.check(errors, "description", this.description, MAX_DESCRIPTION, "editor.topic.description.required",
				false);
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

}
