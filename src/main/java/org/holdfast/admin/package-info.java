/**
 * Running Holdfast: the one-time link that creates the first admin, the member list where
 * admins grant and revoke roles and suspend accounts, and the append-only audit log of
 * every such change.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.admin;
