/** The read-only YAML view of any object. */
package io.servicecatalog.console.app.yaml;
