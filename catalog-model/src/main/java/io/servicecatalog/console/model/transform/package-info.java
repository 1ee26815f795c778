/** How a binding's Secret is made from the broker's credentials and the binding's {@code secretTransforms}. */
package io.servicecatalog.console.model.transform;
