/** Service instances: the live list and the detail with conditions, parameters and bindings. */
package io.servicecatalog.console.app.instances;
