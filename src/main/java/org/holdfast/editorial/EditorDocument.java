package org.holdfast.editorial;

import java.util.List;

/**
 * What an editor writes for one revision of a piece of content, before it is rendered:
 * the fields of an article, a path or a coping activity. Each revision keeps it as JSON.
 */
public interface EditorDocument {

	/** The address the content would have. */
	String slug();

	/** The document as a revision keeps it. */
	String json();

	/**
	 * What is wrong with it, in words for the person who wrote the file (starter content
	 * is checked with this before it is loaded); empty if nothing.
	 */
	default List<String> problems() {
		return List.of();
	}

}
