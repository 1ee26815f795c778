package io.servicecatalog.console.sandbox.kube;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.api.model.NamedContextBuilder;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;

import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
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
  private final SandboxDispatcher dispatcher;
  private final ServedCatalogCrds crds;
  private final String masterUrl;
  private final String namespace;
  private final AtomicBoolean closed = new AtomicBoolean();

  private SandboxApiServer(KubernetesMockServer server, SandboxDispatcher dispatcher, ServedCatalogCrds crds,
      String masterUrl, String namespace) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.crds = crds;
    this.masterUrl = masterUrl;
    this.namespace = namespace;
  }

  /**
   * Starts the server on 127.0.0.1 with the Service Catalog CRDs installed.
   *
   * @param port the port, or 0 for a free one
   * @param namespace the namespace of the client {@link #config()}
   * @param version what {@code /version} reports
   * @param startup runs part of the start in parallel; needs a free thread
   */
  public static SandboxApiServer start(int port, String namespace, KubernetesVersion version, Executor startup) {
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
    // Booting Vert.x and loading the Kubernetes model take about as long as each other: do them side by side.
    CompletableFuture<MockWebServer> webServerBoot = CompletableFuture.supplyAsync(MockWebServer::new, startup);
    boolean listenAttempted = false;
    try {
      ServedCatalogCrds crds = ServedCatalogCrds.load();
      KubernetesCrudDispatcher crud = new IndexedCrudDispatcher();
      MockWebServer webServer = webServerBoot.join();
      SandboxDispatcher dispatcher = new SandboxDispatcher(crud, crds, webServer, version);
      KubernetesMockServer server = new KubernetesMockServer(new Context(), webServer, new HashMap<>(), dispatcher,
          false);
      // The CRDs go in before the port opens: storing them also makes the store honour their status subresource.
      crds.all().forEach(crd -> store(dispatcher, crds, crd));
      InetAddress loopback = InetAddress.getLoopbackAddress();
      listenAttempted = true;
      server.init(loopback, port);
      String url = "http://" + loopback.getHostAddress() + ":" + server.getPort() + "/";
      return new SandboxApiServer(server, dispatcher, crds, url, namespace);
    } catch (RuntimeException | Error e) {
      release(webServerBoot, listenAttempted, e);
      throw e;
    }
  }

  /** Stops the Vert.x instance of a start that failed, so that its event-loop threads do not outlive it. */
  private static void release(CompletableFuture<MockWebServer> webServerBoot, boolean listenAttempted,
      Throwable failure) {
    try {
      MockWebServer webServer = webServerBoot.join();
      if (!listenAttempted) {
        // shutdown() skips a server that never started, and shutdown() is the only way to close its Vert.x.
        webServer.start(InetAddress.getLoopbackAddress(), 0);
      }
      webServer.shutdown();
    } catch (RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * Creates an object directly in the server's store, as a POST from a client would, without the cost of a client.
   * Used to seed the sandbox.
   *
   * @throws IllegalStateException if the store refuses it (for instance because it exists)
   */
  public void create(HasMetadata object) {
    store(dispatcher, crds, object);
  }

  /**
   * Creates an object directly in the server's store and then writes its status, as a controller would after
   * creating it: the server keeps the status an object is created with only through the status subresource.
   *
   * @throws IllegalStateException if the store refuses either step
   */
  public void createWithStatus(HasMetadata object) {
    String path = store(dispatcher, crds, object) + "/" + object.getMetadata().getName();
    ObjectNode json = Serialization.unmarshal(Serialization.asJson(object), ObjectNode.class);
    int status = dispatcher.replaceStatus(path, json);
    if (status != HttpURLConnection.HTTP_OK) {
      throw new IllegalStateException("The sandbox API refused the status of " + object.getKind() + " "
          + object.getMetadata().getName() + " (HTTP " + status + ").");
    }
  }

  private static String store(SandboxDispatcher dispatcher, ServedCatalogCrds crds, HasMetadata object) {
    String apiVersion = object.getApiVersion();
    String plural;
    boolean namespaced;
    if (object instanceof GenericKubernetesResource && ServedCatalogCrds.API_VERSION.equals(apiVersion)) {
      var context = crds.context(object.getKind());
      plural = context.getPlural();
      namespaced = context.isNamespaceScoped();
    } else {
      plural = HasMetadata.getPlural(object.getClass());
      namespaced = object instanceof Namespaced;
    }
    String path = ("v1".equals(apiVersion) ? "/api/v1" : "/apis/" + apiVersion)
        + (namespaced ? "/namespaces/" + object.getMetadata().getNamespace() : "") + "/" + plural;
    int status = dispatcher.create(path, Serialization.asJson(object));
    if (status != HttpURLConnection.HTTP_CREATED) {
      throw new IllegalStateException("The sandbox API refused to create " + object.getKind() + " "
          + object.getMetadata().getName() + " (HTTP " + status + ").");
    }
    return path;
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
  public ServedCatalogCrds crds() {
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
