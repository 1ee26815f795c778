package io.servicecatalog.console.sandbox.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.APIGroup;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.api.model.ListOptionsBuilder;
import io.fabric8.kubernetes.client.Watch;
import io.fabric8.kubernetes.client.Watcher;
import io.fabric8.kubernetes.client.WatcherException;
import io.fabric8.kubernetes.client.dsl.MixedOperation;
import io.fabric8.kubernetes.client.dsl.Resource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceList;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SandboxOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Sandbox Kubernetes API")
class SandboxKubernetesApiTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private Sandbox sandbox;
  private KubernetesClient client;

  @BeforeAll
  void start() {
    // These tests check the API server itself; the controller would rewrite the objects they examine.
    sandbox = Sandbox.start(SandboxOptions.builder().embeddedController(false).build());
    client = sandbox.newClient();
  }

  @AfterAll
  void stop() {
    client.close();
    sandbox.close();
  }

  static Stream<String> kinds() {
    return ServedCatalogCrds.load().kinds().stream();
  }

  private static Path fixture(String name) {
    return Path.of(System.getProperty("shared.dir", "../testdata"), "reference", "fixtures", name);
  }

  @Test
  @DisplayName("the client config is a kubeconfig-like context 'sandbox' in namespace default")
  void configLooksLikeAContext() {
    Config config = sandbox.config();

    assertThat(config.getMasterUrl()).startsWith("http://127.0.0.1:");
    assertThat(config.getNamespace()).isEqualTo("default");
    assertThat(config.getCurrentContext().getName()).isEqualTo("sandbox");
    assertThat(config.getCurrentContext().getContext().getNamespace()).isEqualTo("default");
    try (KubernetesClient fromConfig = new KubernetesClientBuilder().withConfig(config).build()) {
      assertThat(fromConfig.getNamespace()).isEqualTo("default");
      assertThat(fromConfig.namespaces().withName("demo").get()).isNotNull();
    }
  }

  @Test
  @DisplayName("discovery says servicecatalog.k8s.io/v1beta1 is served, like the real API server")
  void apiGroupDiscovery() throws IOException {
    APIGroup group = client.getApiGroup("servicecatalog.k8s.io");
    JsonNode expected = MAPPER.readTree(fixture("api-discovery-servicecatalog-group.json").toFile());

    assertThat(group).isNotNull();
    assertThat(group.getPreferredVersion().getGroupVersion()).isEqualTo("servicecatalog.k8s.io/v1beta1");
    JsonNode versions = MAPPER.valueToTree(group);
    assertThat(versions.path("versions")).isEqualTo(expected.path("versions"));
    assertThat(client.hasApiGroup("servicecatalog.k8s.io", false)).isTrue();
    assertThat(client.getApiGroups().getGroups()).extracting(APIGroup::getName).contains("servicecatalog.k8s.io");
  }

  @Test
  @DisplayName("the v1beta1 resource list matches the real server's: 8 kinds, 8 status subresources, verbs, scope")
  void apiResourceDiscovery() throws IOException {
    APIResourceList resources = client.getApiResources("servicecatalog.k8s.io/v1beta1");
    JsonNode expected = MAPPER.readTree(fixture("api-discovery-servicecatalog-v1beta1.json").toFile());

    assertThat(resources.getGroupVersion()).isEqualTo("servicecatalog.k8s.io/v1beta1");
    assertThat(resources.getResources()).hasSize(16);
    for (JsonNode want : expected.path("resources")) {
      APIResource got = resources.getResources().stream()
          .filter(r -> r.getName().equals(want.path("name").asText())).findFirst().orElseThrow();
      assertThat(got.getKind()).isEqualTo(want.path("kind").asText());
      assertThat(got.getNamespaced()).isEqualTo(want.path("namespaced").asBoolean());
      assertThat(got.getVerbs()).containsExactlyInAnyOrderElementsOf(
          StreamSupport.stream(want.path("verbs").spliterator(), false).map(JsonNode::asText).toList());
      if (want.has("categories")) {
        assertThat(got.getCategories()).containsExactly("all", "svcat");
      }
    }
  }

  @Test
  @DisplayName("getKubernetesVersion answers v1.21")
  void version() {
    VersionInfo version = client.getKubernetesVersion();

    assertThat(version.getMajor()).isEqualTo("1");
    assertThat(version.getMinor()).isEqualTo("21");
    assertThat(version.getGitVersion()).isEqualTo("v1.21.14");
  }

  @Test
  @DisplayName("the eight CRDs exist as objects and namespaces default, demo and team-a exist")
  void crdsAndNamespaces() {
    assertThat(client.apiextensions().v1().customResourceDefinitions().list().getItems())
        .extracting(c -> c.getMetadata().getName())
        .containsExactlyInAnyOrder("clusterservicebrokers.servicecatalog.k8s.io",
            "servicebrokers.servicecatalog.k8s.io", "clusterserviceclasses.servicecatalog.k8s.io",
            "serviceclasses.servicecatalog.k8s.io", "clusterserviceplans.servicecatalog.k8s.io",
            "serviceplans.servicecatalog.k8s.io", "serviceinstances.servicecatalog.k8s.io",
            "servicebindings.servicecatalog.k8s.io");
    assertThat(client.namespaces().list().getItems()).extracting(Namespace::getMetadata)
        .extracting(m -> m.getName()).contains("default", "demo", "team-a");
  }

  @ParameterizedTest(name = "{0} round-trips with status-subresource semantics")
  @MethodSource("kinds")
  void roundTrip(String kind) {
    MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>> ops =
        client.genericKubernetesResources("servicecatalog.k8s.io/v1beta1", kind);
    boolean namespaced = sandbox.crds().context(kind).isNamespaceScoped();
    String name = "round-trip-" + kind.toLowerCase();
    GenericKubernetesResource object = new GenericKubernetesResourceBuilder()
        .withApiVersion("servicecatalog.k8s.io/v1beta1")
        .withKind(kind)
        .withNewMetadata().withName(name).withNamespace(namespaced ? "demo" : null).endMetadata()
        .addToAdditionalProperties("spec", Map.of("externalName", "first"))
        .addToAdditionalProperties("status", Map.of("ignored", "on create"))
        .build();
    Resource<GenericKubernetesResource> resource = namespaced
        ? ops.inNamespace("demo").resource(object) : ops.resource(object);

    GenericKubernetesResource created = resource.create();
    assertThat(created.getAdditionalProperties()).doesNotContainKey("status");
    assertThat(created.getMetadata().getGeneration()).isEqualTo(1L);

    GenericKubernetesResource withStatus = new GenericKubernetesResourceBuilder(created)
        .addToAdditionalProperties("status", Map.of("lastConditionState", "Ready"))
        .addToAdditionalProperties("spec", Map.of("externalName", "ignored by a status update"))
        .build();
    GenericKubernetesResource afterStatus = (namespaced ? ops.inNamespace("demo") : ops).resource(withStatus)
        .updateStatus();
    assertThat(afterStatus.<String>get("status", "lastConditionState")).isEqualTo("Ready");
    assertThat(afterStatus.<String>get("spec", "externalName")).isEqualTo("first");
    assertThat(afterStatus.getMetadata().getGeneration()).isEqualTo(1L);

    GenericKubernetesResource specChange = new GenericKubernetesResourceBuilder(afterStatus)
        .addToAdditionalProperties("spec", Map.of("externalName", "second"))
        .addToAdditionalProperties("status", Map.of("lastConditionState", "ignored by a spec update"))
        .build();
    GenericKubernetesResource afterSpec = (namespaced ? ops.inNamespace("demo") : ops).resource(specChange).update();
    assertThat(afterSpec.<String>get("spec", "externalName")).isEqualTo("second");
    assertThat(afterSpec.<String>get("status", "lastConditionState")).isEqualTo("Ready");
    assertThat(afterSpec.getMetadata().getGeneration()).isEqualTo(2L);

    // A status write based on the old resourceVersion must be refused as a real server does.
    GenericKubernetesResource stale = new GenericKubernetesResourceBuilder(afterStatus)
        .addToAdditionalProperties("status", Map.of("lastConditionState", "stale"))
        .build();
    assertThatThrownBy(() -> (namespaced ? ops.inNamespace("demo") : ops).resource(stale).updateStatus())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
          assertThat(e.getCode()).isEqualTo(409);
          assertThat(e.getStatus().getReason()).isEqualTo("Conflict");
        });
    GenericKubernetesResource staleSpec = new GenericKubernetesResourceBuilder(afterStatus)
        .addToAdditionalProperties("spec", Map.of("externalName", "stale"))
        .build();
    assertThatThrownBy(() -> (namespaced ? ops.inNamespace("demo") : ops).resource(staleSpec).update())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));

    Resource<GenericKubernetesResource> byName = namespaced ? ops.inNamespace("demo").withName(name)
        : ops.withName(name);
    assertThat(byName.get().<String>get("status", "lastConditionState")).isEqualTo("Ready");
    assertThat(namespaced ? ops.inNamespace("demo").list().getItems() : ops.list().getItems())
        .extracting(r -> r.getMetadata().getName()).contains(name);
    byName.delete();
    await().atMost(Duration.ofSeconds(5)).until(() -> byName.get() == null);
  }

  @Test
  @DisplayName("with 600 objects stored, reads, updates, patches and deletes by name hit exactly their object")
  void manyObjectsByName() {
    var plans = client.genericKubernetesResources(sandbox.crds().context("ServicePlan"));
    for (int i = 0; i < 300; i++) {
      for (String namespace : List.of("demo", "team-a")) {
        plans.inNamespace(namespace).resource(new GenericKubernetesResourceBuilder()
            .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServicePlan")
            .withNewMetadata().withName("bulk-" + i).withNamespace(namespace).endMetadata()
            .addToAdditionalProperties("spec", Map.of("externalName", namespace + "-" + i))
            .build()).create();
      }
    }

    assertThat(plans.inNamespace("team-a").withName("bulk-150").get().<String>get("spec", "externalName"))
        .isEqualTo("team-a-150");
    assertThat(plans.inNamespace("demo").withName("bulk-150").get().<String>get("spec", "externalName"))
        .isEqualTo("demo-150");
    assertThat(plans.inNamespace("default").withName("bulk-150").get()).isNull();
    assertThatThrownBy(() -> plans.inNamespace("demo").resource(new GenericKubernetesResourceBuilder()
        .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServicePlan")
        .withNewMetadata().withName("bulk-7").withNamespace("demo").endMetadata().build()).create())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> assertThat(e.getCode()).isEqualTo(409));

    plans.inNamespace("demo").withName("bulk-299").edit(p -> new GenericKubernetesResourceBuilder(p)
        .addToAdditionalProperties("spec", Map.of("externalName", "edited")).build());
    plans.inNamespace("demo").withName("bulk-0").delete();
    await().atMost(Duration.ofSeconds(5)).until(() -> plans.inNamespace("demo").withName("bulk-0").get() == null);

    assertThat(plans.inNamespace("demo").withName("bulk-299").get().<String>get("spec", "externalName"))
        .isEqualTo("edited");
    assertThat(plans.inNamespace("team-a").withName("bulk-299").get().<String>get("spec", "externalName"))
        .isEqualTo("team-a-299");
    assertThat(plans.inNamespace("team-a").withName("bulk-0").get()).isNotNull();
    assertThat(plans.inNamespace("demo").list().getItems()).hasSize(299);
    plans.inNamespace("demo").resource(new GenericKubernetesResourceBuilder()
        .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServicePlan")
        .withNewMetadata().withName("bulk-0").withNamespace("demo").endMetadata().build()).create();
    assertThat(plans.inNamespace("demo").withName("bulk-0").get()).isNotNull();
    plans.inNamespace("demo").delete();
    plans.inNamespace("team-a").delete();
    await().atMost(Duration.ofSeconds(10)).until(() -> plans.inAnyNamespace().list().getItems().isEmpty());
  }

  @Test
  @DisplayName("a real controller-written object (fixture) loads, and its status is kept through the subresource")
  void fixtureObjectRoundTrips() throws IOException {
    GenericKubernetesResource fixture = MAPPER.readValue(
        fixture("clusterservicebroker-ups-broker-ready.json").toFile(), GenericKubernetesResource.class);
    fixture.getMetadata().setResourceVersion(null);
    fixture.getMetadata().setUid(null);
    fixture.getMetadata().setName("fixture-ups-broker");
    var ops = client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker"));

    GenericKubernetesResource created = ops.resource(fixture).create();
    GenericKubernetesResource withStatus = new GenericKubernetesResourceBuilder(created)
        .addToAdditionalProperties("status", fixture.getAdditionalProperties().get("status")).build();
    GenericKubernetesResource stored = ops.resource(withStatus).updateStatus();

    JsonNode storedStatus = MAPPER.valueToTree(stored.getAdditionalProperties().get("status"));
    JsonNode fixtureStatus = MAPPER.valueToTree(fixture.getAdditionalProperties().get("status"));
    assertThat(storedStatus).isEqualTo(fixtureStatus);
    assertThat(stored.getMetadata().getFinalizers()).containsExactly("kubernetes-incubator/service-catalog");
    ops.withName("fixture-ups-broker").edit(b -> new GenericKubernetesResourceBuilder(b).editMetadata()
        .withFinalizers(List.of()).endMetadata().build());
    ops.withName("fixture-ups-broker").delete();
  }

  @Test
  @DisplayName("informers list and then see new namespaced objects in any namespace")
  void informer() {
    var ops = client.genericKubernetesResources(sandbox.crds().context("ServiceBinding"));
    List<String> added = new CopyOnWriteArrayList<>();
    var informer = ops.inAnyNamespace().inform(new io.fabric8.kubernetes.client.informers.ResourceEventHandler<>() {
      @Override
      public void onAdd(GenericKubernetesResource obj) {
        added.add(obj.getMetadata().getNamespace() + "/" + obj.getMetadata().getName());
      }

      @Override
      public void onUpdate(GenericKubernetesResource oldObj, GenericKubernetesResource newObj) {
        // only additions matter here
      }

      @Override
      public void onDelete(GenericKubernetesResource obj, boolean deletedFinalStateUnknown) {
        // only additions matter here
      }
    });
    try {
      ops.inNamespace("team-a").resource(new GenericKubernetesResourceBuilder()
          .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServiceBinding")
          .withNewMetadata().withName("informed").withNamespace("team-a").endMetadata()
          .addToAdditionalProperties("spec", Map.of("instanceRef", Map.of("name", "search")))
          .build()).create();

      await().atMost(Duration.ofSeconds(5)).until(() -> added.contains("team-a/informed"));
    } finally {
      informer.close();
      ops.inNamespace("team-a").withName("informed").delete();
    }
  }

  @Test
  @DisplayName("watches deliver Service Catalog events")
  void watch() throws Exception {
    var ops = client.genericKubernetesResources(sandbox.crds().context("ServiceInstance")).inNamespace("demo");
    List<String> events = new CopyOnWriteArrayList<>();
    try (Watch watch = ops.watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        events.add(action + " " + resource.getMetadata().getName());
      }

      @Override
      public void onClose(WatcherException cause) {
        // the test closes the watch itself
      }
    })) {
      ops.resource(new GenericKubernetesResourceBuilder()
          .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServiceInstance")
          .withNewMetadata().withName("watched").withNamespace("demo").endMetadata()
          .addToAdditionalProperties("spec", Map.of("clusterServiceClassExternalName", "slow-cache"))
          .build()).create();
      ops.withName("watched").delete();
      await().atMost(Duration.ofSeconds(5)).until(() -> events.contains("DELETED watched"));
      assertThat(watch).isNotNull();
    }
    assertThat(events.stream().filter(e -> e.endsWith(" watched")).toList())
        .containsExactly("ADDED watched", "DELETED watched");
  }

  @Test
  @DisplayName("a watch from a listing's resourceVersion gets only later changes; a watch from none starts with every object")
  void watchFromVersion() throws Exception {
    var ops = client.genericKubernetesResources(sandbox.crds().context("ServiceInstance")).inNamespace("resume");
    for (String name : List.of("before-1", "before-2")) {
      ops.resource(instance("resume", name)).create();
    }
    String listed = ops.list().getMetadata().getResourceVersion();
    ops.resource(instance("resume", "after-list")).create();
    List<String> fromVersion = new CopyOnWriteArrayList<>();
    List<String> fromNothing = new CopyOnWriteArrayList<>();
    try (Watch resumed = ops.watch(new ListOptionsBuilder().withResourceVersion(listed).build(), recorder(fromVersion));
        Watch fresh = ops.watch(recorder(fromNothing))) {
      ops.withName("before-1").edit(i -> {
        i.getMetadata().setLabels(Map.of("edited", "yes"));
        return i;
      });
      ops.withName("before-2").delete();
      await().atMost(Duration.ofSeconds(5)).until(() -> fromVersion.contains("DELETED before-2")
          && fromNothing.contains("DELETED before-2"));
      assertThat(resumed).isNotNull();
      assertThat(fresh).isNotNull();
    }
    // Created between the listing and the watch: a real server sends it; so does the sandbox.
    assertThat(fromVersion).containsExactly("ADDED after-list", "MODIFIED before-1", "DELETED before-2");
    assertThat(fromNothing).startsWith("ADDED before-1", "ADDED before-2", "ADDED after-list")
        .endsWith("MODIFIED before-1", "DELETED before-2");
  }

  @Test
  @DisplayName("a watch from a version catches up on what was written since, replacements (PUT) too, oldest first")
  void watchFromVersionCatchesUpInWriteOrder() throws Exception {
    var ops = client.genericKubernetesResources(sandbox.crds().context("ServiceInstance")).inNamespace("catch-up");
    for (String name : List.of("a", "b", "c")) {
      ops.resource(instance("catch-up", name)).create();
    }
    String listed = ops.list().getMetadata().getResourceVersion();
    GenericKubernetesResource c = ops.withName("c").get();
    c.getMetadata().setLabels(Map.of("replaced", "yes"));
    ops.resource(c).update();
    ops.resource(instance("catch-up", "d")).create();
    GenericKubernetesResource a = ops.withName("a").get();
    a.getMetadata().setLabels(Map.of("replaced", "yes"));
    ops.resource(a).update();
    List<String> events = new CopyOnWriteArrayList<>();
    try (Watch watch = ops.watch(new ListOptionsBuilder().withResourceVersion(listed).build(), recorder(events))) {
      await().atMost(Duration.ofSeconds(5)).until(() -> events.size() >= 3);
      assertThat(watch).isNotNull();
    }
    assertThat(events).containsExactly("ADDED c", "ADDED d", "ADDED a");
  }

  private static GenericKubernetesResource instance(String namespace, String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServiceInstance")
        .withNewMetadata().withName(name).withNamespace(namespace).endMetadata()
        .addToAdditionalProperties("spec", Map.of("clusterServiceClassExternalName", "slow-cache"))
        .build();
  }

  private static Watcher<GenericKubernetesResource> recorder(List<String> events) {
    return new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        events.add(action + " " + resource.getMetadata().getName());
      }

      @Override
      public void onClose(WatcherException cause) {
        // the test closes the watch itself
      }
    };
  }
  private GenericKubernetesResource broker(String name) {
    return new GenericKubernetesResourceBuilder()
        .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ClusterServiceBroker")
        .withNewMetadata().withName(name).endMetadata()
        .addToAdditionalProperties("spec", Map.of("url", "http://broker.example"))
        .build();
  }

  private MixedOperation<GenericKubernetesResource, GenericKubernetesResourceList, Resource<GenericKubernetesResource>>
      brokers() {
    return client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker"));
  }

  private HttpResponse<String> raw(String method, String path, String body, String contentType) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(sandbox.config().getMasterUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  @DisplayName("a PUT of a Service Catalog object without resourceVersion is refused with 422 Invalid; core types pass")
  void updateWithoutResourceVersionIsInvalid() {
    brokers().resource(broker("no-version")).create();
    GenericKubernetesResource unversioned = broker("no-version");
    unversioned.setAdditionalProperty("status", Map.of("lastConditionState", "Ready"));

    String path = "apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers/no-version";
    for (String target : List.of(path, path + "/status")) {
      HttpResponse<String> put = raw("PUT", target, Serialization.asJson(unversioned), "application/json");

      assertThat(put.statusCode()).as(target).isEqualTo(422);
      Status status = Serialization.unmarshal(put.body(), Status.class);
      assertThat(status.getReason()).isEqualTo("Invalid");
      assertThat(status.getMessage()).isEqualTo("ClusterServiceBroker.servicecatalog.k8s.io \"no-version\""
          + " is invalid: metadata.resourceVersion: Invalid value: 0x0: must be specified for an update");
      assertThat(status.getDetails().getCauses()).singleElement()
          .satisfies(c -> assertThat(c.getField()).isEqualTo("metadata.resourceVersion"));
    }
    assertThat(brokers().withName("no-version").get().getAdditionalProperties()).doesNotContainKey("status");
    HttpResponse<String> plain = raw("POST", "api/v1/namespaces/demo/configmaps",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"plain\"},\"data\":{\"a\":\"1\"}}",
        "application/json");
    assertThat(plain.statusCode()).isEqualTo(201);
    HttpResponse<String> plainPut = raw("PUT", "api/v1/namespaces/demo/configmaps/plain",
        "{\"apiVersion\":\"v1\",\"kind\":\"ConfigMap\",\"metadata\":{\"name\":\"plain\"},\"data\":{\"a\":\"2\"}}",
        "application/json");
    assertThat(plainPut.statusCode()).isEqualTo(200);
    var configMaps = client.configMaps().inNamespace("demo");
    assertThat(configMaps.withName("plain").get().getData()).containsEntry("a", "2");
    brokers().withName("no-version").delete();
    configMaps.withName("plain").delete();
  }

  @Test
  @DisplayName("errors and codes are the real server's: AlreadyExists, NotFound Status, patch 200, patch Conflict")
  void answersLikeKubeApiServer() throws Exception {
    brokers().resource(broker("twice")).create();

    assertThatThrownBy(() -> brokers().resource(broker("twice")).create())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
          assertThat(e.getCode()).isEqualTo(409);
          assertThat(e.getStatus().getReason()).isEqualTo("AlreadyExists");
          assertThat(e.getStatus().getMessage())
              .isEqualTo("clusterservicebrokers.servicecatalog.k8s.io \"twice\" already exists");
        });
    assertThat(brokers().withName("missing").get()).isNull();
    HttpResponse<String> missing = raw("GET", "apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers/missing",
        null, null);
    assertThat(missing.statusCode()).isEqualTo(404);
    JsonNode notFound = MAPPER.readTree(missing.body());
    assertThat(notFound.path("reason").asText()).isEqualTo("NotFound");
    assertThat(notFound.path("message").asText())
        .isEqualTo("clusterservicebrokers.servicecatalog.k8s.io \"missing\" not found");

    HttpResponse<String> patched = raw("PATCH", "apis/servicecatalog.k8s.io/v1beta1/clusterservicebrokers/twice",
        "{\"spec\":{\"url\":\"http://b\"}}", "application/merge-patch+json");
    assertThat(patched.statusCode()).isEqualTo(200);
    GenericKubernetesResource edited = brokers().withName("twice").edit(b -> new GenericKubernetesResourceBuilder(b)
        .addToAdditionalProperties("spec", Map.of("url", "http://edited")).build());
    assertThat(edited.<String>get("spec", "url")).isEqualTo("http://edited");

    GenericKubernetesResource stale = broker("twice");
    stale.getMetadata().setResourceVersion("1");
    assertThatThrownBy(() -> brokers().resource(stale).patch())
        .isInstanceOfSatisfying(KubernetesClientException.class, e -> {
          assertThat(e.getCode()).isEqualTo(409);
          assertThat(e.getStatus().getReason()).isEqualTo("Conflict");
        });
    brokers().withName("twice").delete();
  }

  @Test
  @DisplayName("generateName gets five random lowercase alphanumerics, as from a real server")
  void generateName() {
    GenericKubernetesResource generated = new GenericKubernetesResourceBuilder(broker(null))
        .editMetadata().withGenerateName("gen-").endMetadata().build();

    String name = brokers().resource(generated).create().getMetadata().getName();

    assertThat(name).matches("gen-[bcdfghjklmnpqrstvwxz2456789]{5}");
    assertThat(brokers().withName(name).get()).isNotNull();
    brokers().withName(name).delete();
  }

  @Test
  @DisplayName("an object a watch reports as ADDED can be read by name at once")
  void watchThenGet() throws Exception {
    var ops = client.genericKubernetesResources(sandbox.crds().context("ServiceBinding")).inNamespace("team-a");
    List<String> misses = new CopyOnWriteArrayList<>();
    List<String> seen = new CopyOnWriteArrayList<>();
    try (Watch watch = ops.watch(new Watcher<>() {
      @Override
      public void eventReceived(Action action, GenericKubernetesResource resource) {
        if (action == Action.ADDED) {
          String name = resource.getMetadata().getName();
          if (ops.withName(name).get() == null) {
            misses.add(name);
          }
          seen.add(name);
        }
      }

      @Override
      public void onClose(WatcherException cause) {
        // the test closes the watch itself
      }
    })) {
      for (int i = 0; i < 50; i++) {
        ops.resource(new GenericKubernetesResourceBuilder()
            .withApiVersion("servicecatalog.k8s.io/v1beta1").withKind("ServiceBinding")
            .withNewMetadata().withName("seen-" + i).withNamespace("team-a").endMetadata()
            .build()).create();
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() >= 50);
      assertThat(watch).isNotNull();
    }
    assertThat(misses).isEmpty();
    ops.delete();
  }
}
