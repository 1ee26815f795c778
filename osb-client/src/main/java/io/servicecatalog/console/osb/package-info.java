/**
 * A client for Open Service Broker API v2.17, for everything on the platform side of the spec.
 *
 * <p>Start with {@link io.servicecatalog.console.osb.OsbClient#builder(java.net.URI)}: set auth (basic or bearer),
 * TLS (system trust, a PEM CA bundle, or the explicitly named insecure mode), the API version and timeouts. The
 * client's blocking methods cover the catalog, provision/update/deprovision, fetching an instance, bind (and
 * rotate)/unbind, fetching a binding and both {@code last_operation} endpoints. After a 202, a
 * {@link io.servicecatalog.console.osb.LastOperationPoller} polls until the operation ends, honouring
 * {@code Retry-After} and the plan's {@code maximum_polling_duration}.
 *
 * <p>Every failure is an {@link io.servicecatalog.console.osb.OsbException}: one subclass per spec error code
 * ({@code AsyncRequired}, {@code ConcurrencyError}, {@code RequiresApp}, {@code MaintenanceInfoConflict}), per
 * status family and per transport failure, each with a sentence for people ({@code userMessage()}), the request
 * identity for the broker's operator, and whether the spec asks for orphan mitigation.
 *
 * <p>Secrets (passwords, tokens, credentials, parameter values) never appear in {@code toString()} or in logs.
 */
package io.servicecatalog.console.osb;
