package org.holdfast.account;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the signed-in member as {@code me} (or nothing), so the layout can
 * offer "Sign in" or "My account" and "Sign out". Read from the session, never the
 * database.
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("me")
	@Nullable SignedInMember me(@AuthenticationPrincipal @Nullable SignedInMember me) {
		return me;
	}

}
