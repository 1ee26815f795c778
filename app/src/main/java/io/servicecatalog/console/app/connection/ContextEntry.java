package io.servicecatalog.console.app.connection;

import java.nio.file.Path;

/**
 * One kubeconfig context as the chooser lists it.
 *
 * @param name the context's name
 * @param cluster the cluster it names
 * @param server the cluster's API server URL, or empty if the cluster is not defined
 * @param user the user (auth info) it names
 * @param authKind how that user authenticates, in words ("token", "client certificate", "exec: aws", ...)
 * @param namespace the context's namespace, or empty for the server default
 * @param file the file that defined the context
 */
public record ContextEntry(
    String name, String cluster, String server, String user, String authKind, String namespace, Path file) {}
