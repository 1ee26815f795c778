/** The bind wizard: a ServiceBinding for an instance, its parameters, Secret transforms, and its credentials. */
package io.servicecatalog.console.app.bind;
