/** Brokers (cluster and namespaced): the live list, the detail, sync, delete, and the register/edit form. */
package io.servicecatalog.console.app.brokers;
