package io.servicecatalog.console.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The request handler of the sandbox API server: fabric8's CRUD dispatcher for objects, plus the parts of a real
 * kube-apiserver the console and kubectl-like tools rely on and the CRUD mode lacks.
 *
 * <ul>
 *   <li>API discovery ({@code /api}, {@code /apis}, the group and group-version documents) answered like a v1.21
 *   server, including the {@code /status} subresources, and {@code /version};</li>
 *   <li>optimistic concurrency on every {@code PUT} and {@code PATCH}, status updates included: a stale
 *   {@code resourceVersion} gets 409 with reason {@code Conflict}, as from a real server (the mock alone skips the
 *   check on {@code /status} and reports a conflict as {@code Invalid}); a {@code PUT} of a Service Catalog object
 *   without {@code resourceVersion} gets 422 {@code Invalid}, as custom resources do;</li>
 *   <li>the real server's answers where the mock's differ: 200 for a patch, {@code Status} bodies with reason
 *   {@code NotFound} and {@code AlreadyExists}, and {@code generateName} completed with five random
 *   characters.</li>
 * </ul>
 */
final class SandboxDispatcher extends Dispatcher {

  private static final String JSON = "application/json";
  private static final String APIEXTENSIONS = "apiextensions.k8s.io";
  private static final int HTTP_UNPROCESSABLE = 422;
  // k8s.io/apimachinery/pkg/util/rand: lowercase letters and digits without vowels and look-alikes.
  private static final String GENERATED_ALPHABET = "bcdfghjklmnpqrstvwxz2456789";
  private static final int GENERATED_SUFFIX_LENGTH = 5;

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

  /**
   * Writes an object's status through its {@code /status} subresource without going through HTTP, as a controller's
   * PUT would (the create path drops a status, as a real server's does). The stored object's current
   * {@code resourceVersion} is used.
   *
   * @return the HTTP status the PUT would have had
   */
  int replaceStatus(String objectPath, ObjectNode object) {
    MockResponse current = crud.handleGet(objectPath);
    if (current.code() != HttpURLConnection.HTTP_OK) {
      return current.code();
    }
    JsonNode stored = Serialization.unmarshal(current.getBody().readUtf8(), JsonNode.class);
    ((ObjectNode) object.path("metadata")).put("resourceVersion",
        stored.path("metadata").path("resourceVersion").asText());
    RecordedRequest request = new RecordedRequest("HTTP/1.1", HttpMethod.PUT, objectPath + "/status",
        Headers.builder().add("Content-Type", JSON).build(),
        new Buffer(Serialization.asJson(object).getBytes(StandardCharsets.UTF_8)));
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
      return asApiServer(method, rawPath, null, crud.dispatch(request));
    }
    writeLock.lock();
    try {
      String createdName = null;
      if ("PUT".equals(method)) {
        // getBytes() leaves the body in place for the CRUD dispatcher (getUtf8Body() would drain it).
        MockResponse refused = refuseUpdate(rawPath, bodyText(request));
        if (refused != null) {
          return refused;
        }
      } else if ("POST".equals(method)) {
        JsonNode object = parse(bodyText(request));
        if (object instanceof ObjectNode created && created.path("metadata") instanceof ObjectNode metadata) {
          if (metadata.path("name").asText("").isEmpty() && !metadata.path("generateName").asText("").isEmpty()) {
            metadata.put("name", metadata.path("generateName").asText() + randomSuffix());
            request = new RecordedRequest(request.getHttpVersion(), HttpMethod.POST, path, request.getHeaders(),
                new Buffer(Serialization.asJson(created).getBytes(StandardCharsets.UTF_8)));
          }
          createdName = metadata.path("name").asText(null);
        }
      }
      return asApiServer(method, rawPath, createdName, crud.dispatch(request));
    } finally {
      writeLock.unlock();
    }
  }

  private static String bodyText(RecordedRequest request) {
    return request.getBody() == null ? "" : new String(request.getBody().getBytes(), StandardCharsets.UTF_8);
  }

  private static JsonNode parse(String body) {
    try {
      return Serialization.unmarshal(body, JsonNode.class);
    } catch (RuntimeException e) {
      return null; // let the CRUD dispatcher report the malformed body the way it does
    }
  }

  /** The five lowercase alphanumerics a real server appends to {@code generateName} (its alphabet, no vowels). */
  private static String randomSuffix() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder suffix = new StringBuilder(GENERATED_SUFFIX_LENGTH);
    for (int i = 0; i < GENERATED_SUFFIX_LENGTH; i++) {
      suffix.append(GENERATED_ALPHABET.charAt(random.nextInt(GENERATED_ALPHABET.length())));
    }
    return suffix.toString();
  }

  /**
   * Turns the mock's answers into a kube-apiserver's where they differ: 200 (not 202) for a patch, a {@code Status}
   * body with reason {@code NotFound}, {@code AlreadyExists} or {@code Conflict} (not an empty body or
   * {@code Invalid}).
   */
  private static MockResponse asApiServer(String method, String rawPath, String createdName, MockResponse response) {
    int code = response.code();
    if ("POST".equals(method)) {
      if (code == HttpURLConnection.HTTP_CONFLICT && createdName != null) {
        String plural = rawPath.substring(rawPath.lastIndexOf('/') + 1);
        return status(HttpURLConnection.HTTP_CONFLICT, "AlreadyExists",
            qualified(plural, groupOf(rawPath)) + " \"" + createdName + "\" already exists", createdName, plural,
            groupOf(rawPath));
      }
      return response;
    }
    String objectPath = objectPath(rawPath);
    if (code == HttpURLConnection.HTTP_NOT_FOUND && isEmpty(response) && isObjectPath(objectPath)) {
      String name = objectPath.substring(objectPath.lastIndexOf('/') + 1);
      return status(HttpURLConnection.HTTP_NOT_FOUND, "NotFound",
          qualified(pluralOf(objectPath), groupOf(objectPath)) + " \"" + name + "\" not found", name,
          pluralOf(objectPath), groupOf(objectPath));
    }
    if ("PATCH".equals(method)) {
      if (code == HttpURLConnection.HTTP_ACCEPTED) {
        return response.setResponseCode(HttpURLConnection.HTTP_OK);
      }
      if (code == HttpURLConnection.HTTP_CONFLICT) {
        return conflict(objectPath, objectPath.substring(objectPath.lastIndexOf('/') + 1));
      }
    }
    return response;
  }

  private static boolean isEmpty(MockResponse response) {
    return response.getBody() == null || response.getBody().size() == 0;
  }

  /** Whether the path names one object: {@code /api/v1/.../<plural>/<name>} or {@code /apis/g/v/.../<plural>/<name>}. */
  private static boolean isObjectPath(String objectPath) {
    String[] parts = objectPath.split("/");
    int prefix = parts.length > 1 && "apis".equals(parts[1]) ? 4 : 3; // "", apis, group, version | "", api, v1
    int rest = parts.length - prefix;
    boolean namespaced = rest >= 3 && "namespaces".equals(parts[prefix]);
    return namespaced ? rest == 4 : rest == 2;
  }

  private static String objectPath(String rawPath) {
    return rawPath.endsWith("/status") ? rawPath.substring(0, rawPath.length() - "/status".length()) : rawPath;
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

  /**
   * The checks a real server makes before a PUT and the mock lacks: a Service Catalog object must carry a
   * {@code resourceVersion} (custom resources allow no unconditional update), and it must be the current one, for
   * the status subresource too.
   */
  private MockResponse refuseUpdate(String rawPath, String body) {
    JsonNode update = parse(body);
    if (update == null) {
      return null;
    }
    String objectPath = objectPath(rawPath);
    MockResponse current = crud.handleGet(objectPath);
    if (current.code() != HttpURLConnection.HTTP_OK) {
      return null;
    }
    JsonNode stored = Serialization.unmarshal(current.getBody().readUtf8(), JsonNode.class);
    String name = stored.path("metadata").path("name").asText();
    String sent = update.path("metadata").path("resourceVersion").asText("");
    if (sent.isEmpty()) {
      return ServedCatalogCrds.GROUP.equals(groupOf(objectPath)) ? missingResourceVersion(objectPath, stored) : null;
    }
    String actual = stored.path("metadata").path("resourceVersion").asText("");
    return sent.equals(actual) ? null : conflict(objectPath, name);
  }

  private static MockResponse missingResourceVersion(String objectPath, JsonNode stored) {
    String name = stored.path("metadata").path("name").asText();
    String kind = stored.path("kind").asText();
    String group = groupOf(objectPath);
    String problem = "Invalid value: 0x0: must be specified for an update";
    Status status = new StatusBuilder()
        .withStatus("Failure")
        .withMessage(kind + "." + group + " \"" + name + "\" is invalid: metadata.resourceVersion: " + problem)
        .withReason("Invalid")
        .withNewDetails().withName(name).withGroup(group).withKind(kind)
        .addNewCause().withReason("FieldValueInvalid").withMessage(problem).withField("metadata.resourceVersion")
        .endCause()
        .endDetails()
        .withCode(HTTP_UNPROCESSABLE)
        .build();
    return json(HTTP_UNPROCESSABLE, Serialization.asJson(status));
  }

  private static MockResponse conflict(String objectPath, String name) {
    String plural = pluralOf(objectPath);
    String group = groupOf(objectPath);
    return status(HttpURLConnection.HTTP_CONFLICT, "Conflict", "Operation cannot be fulfilled on "
        + qualified(plural, group) + " \"" + name
        + "\": the object has been modified; please apply your changes to the latest version and try again",
        name, plural, group);
  }

  private static MockResponse status(int code, String reason, String message, String name, String plural,
      String group) {
    Status status = new StatusBuilder()
        .withStatus("Failure")
        .withMessage(message)
        .withReason(reason)
        .withNewDetails().withName(name).withGroup(group.isEmpty() ? null : group).withKind(plural).endDetails()
        .withCode(code)
        .build();
    return json(code, Serialization.asJson(status));
  }

  private static String qualified(String plural, String group) {
    return group.isEmpty() ? plural : plural + "." + group;
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
