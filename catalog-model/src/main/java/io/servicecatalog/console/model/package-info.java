/**
 * The Service Catalog model shared by every module: the eight kinds ({@link
 * io.servicecatalog.console.model.ServiceCatalogKind}) and the user-visible text ({@link
 * io.servicecatalog.console.model.Messages}). Sub-packages hold the v1beta1 classes, status interpretation, naming
 * rules and the CRDs. No JavaFX, no HTTP.
 */
package io.servicecatalog.console.model;
