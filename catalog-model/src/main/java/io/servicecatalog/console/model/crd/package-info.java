/** The Service Catalog CRDs as fabric8 objects, in the apiextensions version the API server accepts. */
package io.servicecatalog.console.model.crd;
