/** Service bindings: the live list and the detail with the binding's Secret, masked until revealed. */
package io.servicecatalog.console.app.bindings;
