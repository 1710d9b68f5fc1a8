package org.holdfast.editorial;

/** Content that goes through the editorial workflow: an article, a growth path. */
public interface Edited {

	long getId();

	String getTitle();

	String getSlug();

	Workflow getWorkflow();

	default Workflow.State getState() {
		return getWorkflow().getState();
	}

}
