/**
 * Pod YAML from a binding's Secret: the user's choices ({@link io.servicecatalog.console.model.snippet.SnippetOptions}),
 * their validation, and the fabric8 Pod or Deployment with its YAML
 * ({@link io.servicecatalog.console.model.snippet.PodSnippets}).
 */
package io.servicecatalog.console.model.snippet;
