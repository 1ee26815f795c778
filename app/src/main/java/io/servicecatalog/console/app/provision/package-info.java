/**
 * The provision wizard: from a service's plan (or the Instances view's "New instance…") to a running
 * ServiceInstance, with every step explained, parameters from the plan's schema (secrets in a parameters
 * Secret), the exact YAML to review, and live progress after creating.
 */
package io.servicecatalog.console.app.provision;
