package io.servicecatalog.console.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIGroupBuilder;
import io.fabric8.kubernetes.api.model.APIGroupListBuilder;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceBuilder;
import io.fabric8.kubernetes.api.model.APIResourceListBuilder;
import io.fabric8.kubernetes.api.model.APIVersionsBuilder;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscoveryBuilder;
import io.fabric8.kubernetes.api.model.RootPathsBuilder;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Dispatcher;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;

import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request handler of the sandbox API server: fabric8's CRUD dispatcher for objects, plus the parts of a real
 * kube-apiserver the console and kubectl-like tools rely on and the CRUD mode lacks.
 *
 * <ul>
 *   <li>API discovery ({@code /api}, {@code /apis}, the group and group-version documents) answered like a v1.21
 *   server, including the {@code /status} subresources, and {@code /version};</li>
 *   <li>optimistic concurrency on every {@code PUT}, status updates included: a stale {@code resourceVersion} gets
 *   409 with reason {@code Conflict}, as from a real server (the mock alone skips the check on {@code /status} and
 *   reports a conflict as {@code Invalid}).</li>
 * </ul>
 */
final class SandboxDispatcher extends Dispatcher {

  private static final String JSON = "application/json";
  private static final String APIEXTENSIONS = "apiextensions.k8s.io";

  private final KubernetesCrudDispatcher crud;
  private final MockWebServer webServer;
  // Makes "check resourceVersion, then write" atomic; the CRUD dispatcher locks only inside each step.
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Map<String, String> discovery;

  SandboxDispatcher(KubernetesCrudDispatcher crud, ServedCatalogCrds crds, MockWebServer webServer,
      KubernetesVersion version) {
    this.crud = crud;
    this.webServer = webServer;
    this.discovery = discoveryDocuments(crds, version);
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    try {
      return handle(request);
    } finally {
      forgetRecordedRequest();
    }
  }

  /**
   * Creates an object in the store without going through HTTP, exactly as a POST to {@code collectionPath} would.
   *
   * @return the HTTP status the POST would have had
   */
  int create(String collectionPath, String json) {
    RecordedRequest request = new RecordedRequest("HTTP/1.1", HttpMethod.POST, collectionPath,
        Headers.builder().add("Content-Type", JSON).build(), new Buffer(json.getBytes(StandardCharsets.UTF_8)));
    return handle(request).code();
  }

  private MockResponse handle(RecordedRequest request) {
    String path = request.getPath();
    String rawPath = stripQuery(path);
    String method = request.getMethod();
    if ("GET".equals(method)) {
      String document = discovery.get(rawPath);
      if (document != null) {
        return json(HttpURLConnection.HTTP_OK, document);
      }
      return crud.dispatch(request);
    }
    writeLock.lock();
    try {
      if ("PUT".equals(method)) {
        // getBytes() leaves the body in place for the CRUD dispatcher (getUtf8Body() would drain it).
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().getBytes();
        MockResponse conflict = staleResourceVersion(rawPath, new String(body, StandardCharsets.UTF_8));
        if (conflict != null) {
          return conflict;
        }
      }
      return crud.dispatch(request);
    } finally {
      writeLock.unlock();
    }
  }

  /**
   * The mock web server keeps every request it has seen for test assertions; a sandbox runs for hours, so each
   * handled request is taken off that queue again to keep memory flat.
   */
  private void forgetRecordedRequest() {
    try {
      webServer.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private MockResponse staleResourceVersion(String rawPath, String body) {
    JsonNode update;
    try {
      update = Serialization.unmarshal(body, JsonNode.class);
    } catch (RuntimeException e) {
      return null; // let the CRUD dispatcher report the malformed body the way it does
    }
    String sent = update.path("metadata").path("resourceVersion").asText("");
    if (sent.isEmpty()) {
      return null;
    }
    String objectPath = rawPath.endsWith("/status") ? rawPath.substring(0, rawPath.length() - "/status".length())
        : rawPath;
    MockResponse current = crud.handleGet(objectPath);
    if (current.code() != HttpURLConnection.HTTP_OK) {
      return null;
    }
    JsonNode stored = Serialization.unmarshal(current.getBody().readUtf8(), JsonNode.class);
    String actual = stored.path("metadata").path("resourceVersion").asText("");
    if (sent.equals(actual)) {
      return null;
    }
    String name = stored.path("metadata").path("name").asText();
    String plural = pluralOf(objectPath);
    String group = groupOf(objectPath);
    String qualified = group.isEmpty() ? plural : plural + "." + group;
    Status status = new StatusBuilder()
        .withStatus("Failure")
        .withMessage("Operation cannot be fulfilled on " + qualified + " \"" + name
            + "\": the object has been modified; please apply your changes to the latest version and try again")
        .withReason("Conflict")
        .withNewDetails().withName(name).withGroup(group.isEmpty() ? null : group).withKind(plural).endDetails()
        .withCode(HttpURLConnection.HTTP_CONFLICT)
        .build();
    return json(HttpURLConnection.HTTP_CONFLICT, Serialization.asJson(status));
  }

  private static String pluralOf(String objectPath) {
    String[] parts = objectPath.split("/");
    return parts.length >= 2 ? parts[parts.length - 2] : "";
  }

  private static String groupOf(String objectPath) {
    String[] parts = objectPath.split("/");
    return parts.length > 2 && "apis".equals(parts[1]) ? parts[2] : "";
  }

  private static String stripQuery(String path) {
    int q = path.indexOf('?');
    String raw = q < 0 ? path : path.substring(0, q);
    return raw.length() > 1 && raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse().setResponseCode(code).setHeader("Content-Type", JSON).setBody(body);
  }

  private Map<String, String> discoveryDocuments(ServedCatalogCrds crds, KubernetesVersion version) {
    APIGroup serviceCatalog = group(ServedCatalogCrds.GROUP, ServedCatalogCrds.VERSION);
    APIGroup apiExtensions = group(APIEXTENSIONS, "v1");
    String groupVersionCatalog = ServedCatalogCrds.API_VERSION;
    String groupVersionExtensions = APIEXTENSIONS + "/v1";
    return Map.of(
        "/", Serialization.asJson(new RootPathsBuilder().withPaths(
            "/api", "/api/v1", "/apis", "/apis/" + APIEXTENSIONS, "/apis/" + groupVersionExtensions,
            "/apis/" + ServedCatalogCrds.GROUP, "/apis/" + groupVersionCatalog, "/version").build()),
        "/version", version.toJson(),
        "/api", Serialization.asJson(new APIVersionsBuilder().withVersions("v1")
            .addNewServerAddressByClientCIDR().withClientCIDR("0.0.0.0/0").withServerAddress("127.0.0.1")
            .endServerAddressByClientCIDR().build()),
        "/api/v1", Serialization.asJson(new APIResourceListBuilder().withGroupVersion("v1")
            .withResources(coreResources()).build()),
        "/apis", Serialization.asJson(new APIGroupListBuilder().withGroups(apiExtensions, serviceCatalog).build()),
        "/apis/" + APIEXTENSIONS, Serialization.asJson(apiExtensions),
        "/apis/" + groupVersionExtensions, Serialization.asJson(new APIResourceListBuilder()
            .withGroupVersion(groupVersionExtensions)
            .withResources(
                resource("customresourcedefinitions", "customresourcedefinition", false, "CustomResourceDefinition",
                    List.of("crd", "crds")))
            .build()),
        "/apis/" + ServedCatalogCrds.GROUP, Serialization.asJson(serviceCatalog),
        "/apis/" + groupVersionCatalog, Serialization.asJson(new APIResourceListBuilder()
            .withGroupVersion(groupVersionCatalog)
            .withResources(crds.apiResources())
            .build()));
  }

  private static APIGroup group(String name, String version) {
    var groupVersion = new GroupVersionForDiscoveryBuilder()
        .withGroupVersion(name + "/" + version).withVersion(version).build();
    return new APIGroupBuilder()
        .withName(name)
        .withVersions(groupVersion)
        .withPreferredVersion(groupVersion)
        .build();
  }

  private static List<APIResource> coreResources() {
    return List.of(
        resource("configmaps", "configmap", true, "ConfigMap", List.of("cm")),
        resource("events", "event", true, "Event", List.of("ev")),
        resource("namespaces", "namespace", false, "Namespace", List.of("ns")),
        resource("pods", "pod", true, "Pod", List.of("po")),
        resource("secrets", "secret", true, "Secret", List.of()),
        resource("serviceaccounts", "serviceaccount", true, "ServiceAccount", List.of("sa")),
        resource("services", "service", true, "Service", List.of("svc")));
  }

  private static APIResource resource(String plural, String singular, boolean namespaced, String kind,
      List<String> shortNames) {
    return new APIResourceBuilder()
        .withName(plural)
        .withSingularName(singular)
        .withNamespaced(namespaced)
        .withKind(kind)
        .withVerbs("create", "delete", "deletecollection", "get", "list", "patch", "update", "watch")
        .withShortNames(shortNames.isEmpty() ? null : shortNames)
        .build();
  }
}
