package org.holdfast.community;

import org.jspecify.annotations.Nullable;

/** A phrase to mute, as typed. */
class PhraseForm {

	private String phrase = "";

	public String getPhrase() {
		return this.phrase;
	}

	public void setPhrase(@Nullable String phrase) {
		this.phrase = (phrase != null) ? phrase : "";
	}

}
