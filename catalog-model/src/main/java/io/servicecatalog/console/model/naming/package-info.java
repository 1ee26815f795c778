/** Name rules with actionable messages: DNS-1123 labels and subdomains, environment variable names from Secret keys. */
package io.servicecatalog.console.model.naming;
