/**
 * What a Service Catalog status means to a person: {@link io.servicecatalog.console.model.status.ResourceStatus}
 * (phase, operation, message) and svcat's one-word status rule.
 */
package io.servicecatalog.console.model.status;
