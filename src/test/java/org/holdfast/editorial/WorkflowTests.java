package org.holdfast.editorial;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The workflow's guarded steps, on their own. */
class WorkflowTests {

	@Test
	void aDraftGoesToReviewAndIsPublishedOnlyAsTheRevisionReviewed() {
		Workflow workflow = new Workflow();
		workflow.submit(1);
		assertThat(workflow.getState()).isEqualTo(Workflow.State.IN_REVIEW);
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(() -> workflow.submit(1))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("editor.refused.already-submitted"));
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(() -> workflow.approve(2));
		workflow.approve(1);
		assertThat(workflow.getState()).isEqualTo(Workflow.State.PUBLISHED);
		assertThat(workflow.getPublishedRevision()).isEqualTo(1);
		assertThat(workflow.getStatus()).isEqualTo("editor.status.published");
	}

	@Test
	void aNewRevisionWithdrawsTheReviewAndThePublishedOneStaysUntilApproved() {
		Workflow workflow = new Workflow();
		workflow.publishStarter();
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(() -> workflow.submit(1))
			.satisfies((refusal) -> assertThat(refusal.code()).isEqualTo("editor.refused.nothing-to-review"));
		assertThat(workflow.revise()).isEqualTo(2);
		workflow.submit(2);
		assertThat(workflow.getStatus()).isEqualTo("editor.status.published-in-review");
		assertThat(workflow.revise()).isEqualTo(3);
		assertThat(workflow.getSubmittedRevision()).isNull();
		assertThat(workflow.getState()).isEqualTo(Workflow.State.PUBLISHED);
		assertThat(workflow.getStatus()).isEqualTo("editor.status.published-draft");
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(() -> workflow.submit(2));
	}

	@Test
	void archivedContentMustBeBroughtBackBeforeAnythingElse() {
		Workflow workflow = new Workflow();
		workflow.publishStarter();
		workflow.archive();
		assertThat(workflow.isLive()).isFalse();
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(workflow::revise);
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(workflow::archive);
		workflow.unarchive();
		assertThat(workflow.getState()).isEqualTo(Workflow.State.DRAFT);
		assertThatExceptionOfType(EditorialRefusal.class).isThrownBy(workflow::unarchive);
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(workflow::publishStarter);
	}

}
