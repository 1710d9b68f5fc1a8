package org.holdfast.article;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A subject articles are filed under, such as "Coping with urges". */
@Entity
@Table(name = "topic")
public class Topic {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	private String slug;

	private String name;

	private String description;

	protected Topic() {
		this.slug = "";
		this.name = "";
		this.description = "";
	}

	Topic(String slug, String name, String description) {
		this.slug = slug;
		this.name = name;
		this.description = description;
	}

	/** Changes the topic's name and description, as an editor entered them. */
	void describe(String name, String description) {
		this.name = name;
		this.description = description;
	}

	public String getSlug() {
		return this.slug;
	}

	public String getName() {
		return this.name;
	}

	public String getDescription() {
		return this.description;
	}

}
