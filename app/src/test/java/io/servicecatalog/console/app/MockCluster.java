package io.servicecatalog.console.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import java.util.Map;
import java.util.Queue;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.crd.ServiceCatalogCrds;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import org.slf4j.LoggerFactory;

/**
 * An in-process Kubernetes API (the fabric8 mock server in CRUD mode, plain HTTP) that stands in for a real
 * cluster running the Service Catalog, optionally loaded with the objects the real controller wrote.
 */
public final class MockCluster implements AutoCloseable {

  public static final Path FIXTURES = Path.of(System.getProperty("shared.dir", "../testdata"), "reference", "fixtures");

  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private final KubernetesSerialization serialization = new KubernetesSerialization();

  public MockCluster() {
    this(false);
  }

  /**
   * @param withExpectations also answer requests a test sets up with {@link #answerAccessReviews} (the mixed
   *     dispatcher: expectations first, CRUD for the rest); plain CRUD otherwise
   */
  private MockCluster(boolean withExpectations) {
    Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
    server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
        withExpectations ? new KubernetesMixedDispatcher(responses) : new KubernetesCrudDispatcher(), false);
    server.init();
    client = server.createClient();
  }

  /** A cluster that can also be told how to answer specific requests, such as access reviews. */
  public static MockCluster withExpectations() {
    return new MockCluster(true);
  }

  public KubernetesClient client() {
    return client;
  }

  public String url() {
    return server.url("/").replaceAll("/$", "");
  }

  /** Creates the Service Catalog CRDs, so that discovery says the catalog is served. */
  public MockCluster withCatalogCrds() {
    for (HasMetadata crd : ServiceCatalogCrds.forServerVersion("1", "22")) {
      client.resource(crd).create();
    }
    return this;
  }

  public MockCluster withNamespaces(String... names) {
    for (String name : names) {
      client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(name).endMetadata().build()).create();
    }
    return this;
  }

  /** Loads every object of a kubectl list fixture (e.g. {@code clusterservicebrokers-list.json}). */
  public MockCluster withFixtureList(String file) {
    try {
      JsonNode list = serialization.unmarshal(Files.readString(FIXTURES.resolve(file)), JsonNode.class);
      for (JsonNode item : list.get("items")) {
        create(item);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The real controller's objects: brokers, classes, plans, instances and bindings. */
  public MockCluster withAllFixtures() {
    return withFixtureList("clusterservicebrokers-list.json")
        .withFixtureList("clusterserviceclasses-list.json")
        .withFixtureList("clusterserviceplans-list.json")
        .withFixtureList("servicebrokers-fixtures-list.json")
        .withFixtureList("serviceclasses-fixtures-ns-ups-broker-list.json")
        .withFixtureList("serviceplans-fixtures-ns-ups-broker-list.json")
        .withFixtureList("servicebindings-fixtures-list.json")
        .withFixtureList("serviceinstances-fixtures-list.json");
  }

  /** Loads one object from a fixture file (any kind, e.g. a binding's Secret). */
  public MockCluster withFixture(String file) {
    try {
      return withJson(Files.readString(FIXTURES.resolve(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates one object given as JSON (status included, as the controller would have written it). */
  public MockCluster withJson(String json) {
    create(serialization.unmarshal(json, JsonNode.class));
    return this;
  }

  /** Answers every SelfSubjectAccessReview with {@code allowed}, as an API server with RBAC does. */
  public MockCluster answerAccessReviews(boolean allowed) {
    server.expect().post().withPath("/apis/authorization.k8s.io/v1/selfsubjectaccessreviews")
        .andReturn(201, new SelfSubjectAccessReviewBuilder().withNewStatus().withAllowed(allowed).endStatus().build())
        .always();
    return this;
  }

  /**
   * Answers every {@code method} request to {@code path} with {@code code} and a Kubernetes Status carrying
   * {@code message} (a cluster created {@link #withExpectations()} only): RBAC refusals, conflicts, failures.
   */
  public MockCluster failWith(String method, String path, int code, String message) {
    var status = new io.fabric8.kubernetes.api.model.StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
    var verb = server.expect();
    var withPath = switch (method) {
      case "GET" -> verb.get();
      case "POST" -> verb.post();
      case "PUT" -> verb.put();
      case "PATCH" -> verb.patch();
      case "DELETE" -> verb.delete();
      default -> throw new IllegalArgumentException(method);
    };
    withPath.withPath(path).andReturn(code, status).always();
    return this;
  }

  private void create(JsonNode item) {
    var catalogKind = ServiceCatalogKind.fromKind(item.get("kind").asText());
    if (catalogKind.isEmpty()) {
      HasMetadata object = serialization.convertValue(item, HasMetadata.class);
      object.getMetadata().setResourceVersion(null);
      object.getMetadata().setUid(null);
      client.resource(object).create();
      return;
    }
    ServiceCatalogKind kind = catalogKind.get();
    HasMetadata object = serialization.convertValue(item, kind.resourceClass());
    // A create must not carry server-assigned fields, as on a real API server.
    object.getMetadata().setResourceVersion(null);
    object.getMetadata().setUid(null);
    HasMetadata created = client.resource(object).create();
    // The status subresource ignores status on create, as a real API server does; the controller writes it after.
    if (item.has("status")) {
      JsonNode createdTree = serialization.convertValue(created, JsonNode.class);
      ((com.fasterxml.jackson.databind.node.ObjectNode) createdTree).set("status", item.get("status"));
      client.resource(serialization.convertValue(createdTree, kind.resourceClass())).updateStatus();
    }
  }

  /** A kubeconfig file with one context pointing at this server. */
  public Path writeKubeconfig(Path dir, String context, String namespace) {
    return writeKubeconfig(dir, context, url(), namespace);
  }

  /** A kubeconfig file with one context pointing at {@code server}. */
  public static Path writeKubeconfig(Path dir, String context, String server, String namespace) {
    Path file = dir.resolve(context + ".kubeconfig");
    String yaml = """
        apiVersion: v1
        kind: Config
        current-context: %1$s
        clusters:
        - name: %1$s-cluster
          cluster:
            server: %2$s
        users:
        - name: %1$s-user
          user:
            token: test-token
        contexts:
        - name: %1$s
          context:
            cluster: %1$s-cluster
            user: %1$s-user
            namespace: %3$s
        """.formatted(context, server, namespace);
    try {
      Files.writeString(file, yaml);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Override
  public void close() {
    client.close();
    try {
      server.destroy();
    } catch (IllegalStateException e) {
      // The mock server waits a bounded time for closed watches' sockets to go; on a loaded machine that
      // can run out after every test has already passed. The port is released with the JVM.
      LoggerFactory.getLogger(MockCluster.class).warn("Mock API server shut down slowly: {}", e.getMessage());
    }
  }
}
