package org.holdfast.community;

import org.jspecify.annotations.Nullable;

/** A report as the member filled it in: the reason chosen and an optional note. */
class ReportForm {

	private @Nullable String reason;

	private @Nullable String note;

	public @Nullable String getReason() {
		return this.reason;
	}

	public void setReason(@Nullable String reason) {
		this.reason = reason;
	}

	public @Nullable String getNote() {
		return this.note;
	}

	public void setNote(@Nullable String note) {
		this.note = note;
	}

}
