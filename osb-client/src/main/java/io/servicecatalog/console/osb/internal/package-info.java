/** Plumbing of the OSB client (JSON, TLS, encoding, Retry-After); not an API for other modules. */
package io.servicecatalog.console.osb.internal;
