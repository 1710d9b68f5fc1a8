package org.holdfast.article;

import org.holdfast.editorial.EditorInput;

import org.springframework.validation.Errors;

/**
 * A contributor as an editor enters them: an address (fixed once created), a name, a bio,
 * and credentials only if they really hold some.
 */
class ContributorForm {

	static final int MAX_NAME = 100;

	static final int MAX_BIO = 2000;

	static final int MAX_CREDENTIALS = 300;

	private String slug = "";

	private String name = "";

	private String bio = "";

	private String credentials = "";

	static ContributorForm of(Contributor contributor) {
		ContributorForm form = new ContributorForm();
		form.slug = contributor.getSlug();
		form.name = contributor.getName();
		form.bio = contributor.getBio();
		form.credentials = (contributor.getCredentials() != null) ? contributor.getCredentials() : "";
		return form;
	}

	void validate(Errors errors, boolean isNew) {
		this.name = this.name.strip();
		this.bio = this.bio.strip().replace("\r\n", "\n");
		this.credentials = this.credentials.strip();
		if (isNew) {
			this.slug = this.slug.strip().isEmpty() ? EditorInput.slugFor(this.name, EditorInput.MAX_SLUG)
					: this.slug.strip();
			EditorInput.checkSlug(errors, "slug", this.slug);
		}
		EditorInput.check(errors, "name", this.name, MAX_NAME, "editor.contributor.name.required", false);
		EditorInput.check(errors, "bio", this.bio, MAX_BIO, "editor.contributor.bio.required", true);
		EditorInput.check(errors, "credentials", this.credentials, MAX_CREDENTIALS, null, false);
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

	public String getBio() {
		return this.bio;
	}

	public void setBio(String bio) {
		this.bio = bio;
	}

	public String getCredentials() {
		return this.credentials;
	}

	public void setCredentials(String credentials) {
		this.credentials = credentials;
	}

}
