package io.servicecatalog.console.osb;

import io.servicecatalog.console.osb.catalog.Catalog;
import java.util.Optional;

/**
 * The outcome of a conditional catalog fetch ({@code ETag}/{@code If-Modified-Since}, OSB 2.16+): the new catalog,
 * or nothing when the broker answered 304 Not Modified, plus the validators to send next time.
 *
 * @param catalog the catalog, or null when it did not change
 * @param etag the broker's {@code ETag}, or the one sent when unchanged; null if the broker sends none
 * @param lastModified the broker's {@code Last-Modified}, or the one sent when unchanged; may be null
 */
public record CatalogFetch(Catalog catalog, String etag, String lastModified) {

    /** Whether the broker sent a catalog (false after 304 Not Modified). */
    public boolean changed() {
        return catalog != null;
    }

    public Optional<Catalog> catalogIfChanged() {
        return Optional.ofNullable(catalog);
    }
}
