/**
 * The safety layer every page carries: the crisis-line directory (a packaged data file,
 * never the database), the visitor's country, the banner, the {@code /help} page and the
 * quick exit. Nothing here may depend on PostgreSQL being up.
 */
@org.jspecify.annotations.NullMarked
package org.holdfast.crisis;
