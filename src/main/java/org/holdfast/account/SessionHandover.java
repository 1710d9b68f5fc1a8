package org.holdfast.account;

import jakarta.servlet.http.HttpSession;

/**
 * Implemented by a feature that keeps something for an anonymous visitor in their session
 * (such as progress on a growth path), to move it into their account when they sign in or
 * sign up, so nothing they did before is lost. Called once per sign-in, after the session
 * has its new id.
 */
public interface SessionHandover {

	void handOver(long memberId, HttpSession session);

}
