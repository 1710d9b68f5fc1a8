package org.holdfast.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/**
 * Who wrote or reviewed an article, as an editor entered it. Credentials are shown
 * exactly as entered and only when there are some: Holdfast never invents people or
 * titles.
 */
@Entity
@Table(name = "contributor")
public class Contributor {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String name;

	private String bio;

	private @Nullable String credentials;

	protected Contributor() {
		this.slug = "";
		this.name = "";
		this.bio = "";
	}

	Contributor(String slug, String name, String bio, @Nullable String credentials) {
		this.slug = slug;
		this.name = name;
		this.bio = bio;
		this.credentials = credentials;
	}

	/** Changes what the contributor page says, as an editor entered it. */
	void describe(String name, String bio, @Nullable String credentials) {
		this.name = name;
		this.bio = bio;
		this.credentials = credentials;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getBio() {
		return this.bio;
	}

	public @Nullable String getCredentials() {
		return this.credentials;
	}

}
