/**
 * A broker catalog read without loss: every OSB v2.17 offering and plan field typed (with the spec's defaults and
 * the profile's metadata conventions), and vendor extensions and explicit nulls kept, so the JSON written back is
 * the JSON the broker sent.
 */
package io.servicecatalog.console.osb.catalog;
