/**
 * fabric8 custom-resource classes for {@code servicecatalog.k8s.io/v1beta1} with the upstream JSON names (v0.3.1).
 * Raw JSON (parameters, schemas, external metadata) stays a Jackson tree; unknown fields are kept on every object
 * and written back, so objects from older or newer controllers survive an edit unchanged.
 */
package io.servicecatalog.console.model.v1beta1;
