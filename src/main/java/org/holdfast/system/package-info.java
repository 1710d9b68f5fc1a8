/**
 * What every feature stands on: the embedded database for one-command runs, security
 * headers and CSRF, sessions that survive a database outage, static assets, error pages
 * and the home page.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.system;
