/**
 * Members and what they control: anonymous sign-up (a username and a password, nothing
 * else), sign-in with back-off, recovery codes instead of email, a second factor for
 * staff, and the member's own data: preferences, export and deletion. Also the privacy
 * notice and the community guidelines members agree to.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.account;
