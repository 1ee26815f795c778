/**
 * Service bindings: the live list and the detail with the binding's Secret, masked until revealed; the Pod snippet
 * (YAML that hands the Secret to a container) and Unbind, followed until the binding and its Secret are gone.
 */
package io.servicecatalog.console.app.bindings;
