/**
 * An embedded Service Catalog controller: the job of kubernetes-sigs/service-catalog v0.3.1's controller-manager,
 * done against any Kubernetes API through the fabric8 client and against brokers only through osb-client.
 *
 * <p>Start it with {@link io.servicecatalog.console.controller.CatalogController#start(
 * io.fabric8.kubernetes.client.KubernetesClient, io.servicecatalog.console.controller.ControllerOptions)}; the call
 * returns at once, informers list and watch in the background, and reconciliation runs on one executor the
 * controller owns (threads {@code catalog-controller-<n>-<m>}). {@code close()} stops informers and threads.
 *
 * <p>What it does, with the upstream condition types, reasons and status fields:
 * <ul>
 *   <li>ClusterServiceBroker/ServiceBroker: catalog fetch with the auth Secret and TLS settings, classes and plans
 *       named by the broker's ids (escaped as upstream), sha224 labels, {@code free} as upstream records it,
 *       catalog restrictions, {@code removedFromBrokerCatalog}, relists on {@code relistRequests} and every
 *       {@code relistDuration};</li>
 *   <li>ServiceInstance: class and plan resolution (external name, external id or k8s name; default plan),
 *       parameters with {@code parametersFrom} (shown {@code <redacted>}), provision/update/deprovision with the
 *       Kubernetes context and originating identity, last_operation polling honouring {@code Retry-After}, orphan
 *       mitigation, retries with backoff and the reconciliation retry timeout, the finalizer;</li>
 *   <li>ServiceBinding: bind once the instance is Ready, the credentials Secret (one key per credential, owned by the
 *       binding, {@code secretTransforms} in order, never overwriting a Secret it does not own), unbind on delete.</li>
 * </ul>
 * The defaults the upstream webhook would set (finalizer, external ids, {@code secretName}, relist fields) are
 * written by the controller when missing, which bumps {@code metadata.generation} once on objects created without
 * them.
 *
 * <p>It must not run next to another controller: use
 * {@link io.servicecatalog.console.controller.ControllerPresence#detect(io.fabric8.kubernetes.client.KubernetesClient)}
 * before starting it on a real cluster.
 */
package io.servicecatalog.console.controller;
