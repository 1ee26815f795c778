package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.api.model.NamedContextBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * An in-process Kubernetes API on a loopback port: fabric8's mock server in CRUD mode over plain HTTP, with the
 * Service Catalog CRDs' discovery and status subresources served like a real API server.
 */
public final class SandboxApiServer implements AutoCloseable {

  /** The context name a client sees, and the name the app shows in its connection chooser. */
  public static final String CONTEXT_NAME = "sandbox";

  // The mock web server logs every request at INFO through java.util.logging; a strong reference keeps the level.
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  private final KubernetesMockServer server;
  private final ServiceCatalogCrds crds;
  private final String masterUrl;
  private final String namespace;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SandboxApiServer(KubernetesMockServer server, ServiceCatalogCrds crds, String masterUrl, String namespace) {
    this.server = server;
    this.crds = crds;
    this.masterUrl = masterUrl;
    this.namespace = namespace;
  }

  /**
   * Starts the server on 127.0.0.1; call {@link #installCrds(KubernetesClient)} next.
   *
   * @param port the port, or 0 for a free one
   * @param namespace the namespace of the client {@link #config()}
   */
  public static SandboxApiServer start(int port, String namespace, KubernetesVersion version) {
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
    ServiceCatalogCrds crds = ServiceCatalogCrds.load();
    KubernetesSerialization serialization = new KubernetesSerialization();
    MockWebServer webServer = new MockWebServer();
    SandboxDispatcher dispatcher = new SandboxDispatcher(new KubernetesCrudDispatcher(), serialization, crds,
        webServer, version);
    KubernetesMockServer server = new KubernetesMockServer(new Context(io.fabric8.kubernetes.client.utils.Serialization.jsonMapper()), webServer,
        new HashMap<>(), dispatcher, false);
    InetAddress loopback = InetAddress.getLoopbackAddress();
    server.init(loopback, port);
    String url = "http://" + loopback.getHostAddress() + ":" + server.getPort() + "/";
    return new SandboxApiServer(server, crds, url, namespace);
  }

  /**
   * Creates the Service Catalog CRDs as objects, which also makes the server honour their status subresource.
   *
   * @param client a client of this server
   */
  public void installCrds(KubernetesClient client) {
    crds.all().forEach(crd -> client.apiextensions().v1().customResourceDefinitions().resource(crd).create());
  }

  /** The API's URL, e.g. {@code http://127.0.0.1:40123/}. */
  public String url() {
    return masterUrl;
  }

  /** The port the API listens on. */
  public int port() {
    return server.getPort();
  }

  /** The Service Catalog CRDs the server was loaded with. */
  public ServiceCatalogCrds crds() {
    return crds;
  }

  /**
   * A client configuration for this server, built the way a kubeconfig context would be: one context
   * {@value #CONTEXT_NAME}, namespace as given at start, no credentials (the sandbox does not check any).
   */
  public Config config() {
    NamedContext context = new NamedContextBuilder()
        .withName(CONTEXT_NAME)
        .withNewContext()
        .withCluster(CONTEXT_NAME)
        .withUser(CONTEXT_NAME)
        .withNamespace(namespace)
        .endContext()
        .build();
    return new ConfigBuilder(Config.empty())
        .withMasterUrl(masterUrl)
        .withNamespace(namespace)
        .withContexts(context)
        .withCurrentContext(context)
        // The mock server speaks HTTP/1.1 and HTTP/2 cleartext; plain HTTP/1.1 is what a kubeconfig client uses.
        .withHttp2Disable(true)
        .build();
  }

  /** A new client for this server; the caller closes it. */
  public KubernetesClient newClient() {
    return new KubernetesClientBuilder().withConfig(config()).build();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      server.destroy();
    }
  }
}
