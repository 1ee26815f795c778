package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static io.servicecatalog.console.sandbox.broker.OsbHttp.body;
import static io.servicecatalog.console.sandbox.broker.OsbHttp.object;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.DATABASE_SERVICE_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.MESSAGE_QUEUE_SERVICE_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.SLOW_CACHE_SERVICE_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.STARTER_PACK_PLAN_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.STARTER_PACK_SERVICE_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.STICKY_STORAGE_SERVICE_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.UNAVAILABLE_FAILS_LATER_PLAN_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.UNAVAILABLE_REFUSED_PLAN_ID;
import static io.servicecatalog.console.sandbox.broker.SampleCatalogs.UNAVAILABLE_SERVICE_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Sample OSB brokers over HTTP")
class SampleBrokerHttpTest {

  private static final Duration ASYNC = Duration.ofMillis(600);
  private static final String MQ_STANDARD = "08c9e4ec-b77a-48db-a26f-61aabc99b70d";
  private static final String MQ_HIGH = "c09103bd-c125-40f9-87d1-27bd2e5d394d";
  private static final String DB_FREE = "393d254e-52eb-4edd-8f20-62e5cc087081";
  private static final String DB_STANDARD = "8ad2b89d-d5d5-4632-97f5-fa3eb5376de7";
  private static final String CACHE_SMALL = "6ac299d9-b6ac-4ad1-b465-94a840a51131";
  private static final String CACHE_LARGE = "b41b4507-ced3-4d9b-a742-bc6649abeee8";
  private static final String BUCKET = "041e1202-f9c7-43f0-b43b-a1e5b1553500";

  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final BasicCredentials credentials = new BasicCredentials("sandbox", "s3cret-" + UUID.randomUUID());
  private OsbBrokerServer starter;
  private OsbBrokerServer cloud;
  private OsbBrokerServer lab;
  private OsbBrokerServer teamA;
  private OsbBrokerServer partner;

  @BeforeAll
  void startBrokers() {
    starter = OsbBrokerServer.start(SampleCatalogs.starterPack(), executor, ASYNC, 1);
    cloud = OsbBrokerServer.start(SampleCatalogs.cloud(credentials), executor, ASYNC, 1);
    lab = OsbBrokerServer.start(SampleCatalogs.lab(), executor, ASYNC, 2);
    teamA = OsbBrokerServer.start(SampleCatalogs.teamA(), executor, ASYNC, 1);
    partner = OsbBrokerServer.start(SampleCatalogs.partner(), executor, ASYNC, 1);
  }

  @AfterAll
  void stopBrokers() {
    for (OsbBrokerServer broker : new OsbBrokerServer[] {starter, cloud, lab, teamA, partner}) {
      broker.close();
    }
    executor.shutdownNow();
  }

  private OsbHttp starter() {
    return OsbHttp.to(starter.url());
  }

  private OsbHttp cloud() {
    return OsbHttp.to(cloud.url()).auth(credentials);
  }

  private OsbHttp lab() {
    return OsbHttp.to(lab.url());
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }

  /** Parameters that satisfy the database's create schema. */
  private static ObjectNode database() {
    return object().put("version", "14").put("storageGb", 20).put("adminPassword", "correct-horse-battery");
  }

  private static String query(String serviceId, String planId) {
    return "?service_id=" + serviceId + "&plan_id=" + planId;
  }

  @Nested
  @DisplayName("catalog")
  class Catalog {

    @Test
    @DisplayName("the starter pack serves the documented service, plan and colour schema")
    void starterPackCatalog() {
      OsbHttp.Answer answer = starter().get("/v2/catalog");

      assertThat(answer.status()).isEqualTo(200);
      JsonNode service = answer.body().path("services").get(0);
      assertThat(service.path("name").asText()).isEqualTo("example-starter-pack-service");
      assertThat(service.path("id").asText()).isEqualTo(STARTER_PACK_SERVICE_ID);
      JsonNode plan = service.path("plans").get(0);
      assertThat(plan.path("name").asText()).isEqualTo("default");
      assertThat(plan.path("id").asText()).isEqualTo(STARTER_PACK_PLAN_ID);
      JsonNode color = plan.at("/schemas/service_instance/create/parameters/properties/color");
      assertThat(color.path("default").asText()).isEqualTo("Clear");
      assertThat(color.path("enum")).extracting(JsonNode::asText).containsExactly("Clear", "Beige", "Grey");
      assertThat(service.at("/metadata/imageUrl").asText()).startsWith("data:image/png;base64,");
    }

    @Test
    @DisplayName("the database has a rich create schema, free and paid plans with costs and bullets")
    void databaseCatalog() {
      JsonNode database = service(cloud().get("/v2/catalog").body(), "managed-database");

      assertThat(database.path("plan_updateable").asBoolean()).isTrue();
      JsonNode plans = database.path("plans");
      assertThat(plans).extracting(p -> p.path("free").asBoolean()).containsExactly(true, false, false);
      JsonNode standard = plans.get(1);
      assertThat(standard.at("/metadata/costs/0/amount/usd").asDouble()).isEqualTo(49.0);
      assertThat(standard.at("/metadata/costs/0/unit").asText()).isEqualTo("MONTHLY");
      assertThat(standard.at("/metadata/bullets")).isNotEmpty();
      JsonNode properties = standard.at("/schemas/service_instance/create/parameters/properties");
      assertThat(properties.at("/version/enum")).hasSize(4);
      assertThat(properties.at("/storageGb/type").asText()).isEqualTo("integer");
      assertThat(properties.at("/storageGb/minimum").asInt()).isEqualTo(10);
      assertThat(properties.at("/storageGb/maximum").asInt()).isEqualTo(1024);
      assertThat(properties.at("/highAvailability/type").asText()).isEqualTo("boolean");
      assertThat(properties.at("/maintenanceWindow/pattern").asText()).isNotEmpty();
      assertThat(properties.at("/adminPassword/format").asText()).isEqualTo("password");
      assertThat(properties.at("/backup/type").asText()).isEqualTo("object");
      assertThat(properties.at("/backup/properties/retentionDays/maximum").asInt()).isEqualTo(35);
      assertThat(properties.at("/allowedCidrs/type").asText()).isEqualTo("array");
      assertThat(standard.at("/schemas/service_instance/update/parameters/properties")).isNotEmpty();
      assertThat(standard.at("/schemas/service_binding/create/parameters/properties")).isNotEmpty();
    }

    @Test
    @DisplayName("every sample catalog is valid OSB: unique ids, required fields, a $schema on each schema, icons")
    void catalogsAreWellFormed() {
      Set<String> ids = new HashSet<>();
      for (OsbHttp broker : new OsbHttp[] {starter(), cloud(), lab(), OsbHttp.to(teamA.url()),
          OsbHttp.to(partner.url())}) {
        JsonNode catalog = broker.get("/v2/catalog").body();
        for (JsonNode service : catalog.path("services")) {
          assertThat(service.path("name").asText()).matches("[a-z0-9-]+");
          assertThat(ids.add(service.path("id").asText())).as("unique id %s", service.path("id")).isTrue();
          assertThat(service.path("description").asText()).isNotEmpty();
          assertThat(service.path("bindable").isBoolean()).isTrue();
          assertThat(service.at("/metadata/displayName").asText()).isNotEmpty();
          assertThat(service.at("/metadata/providerDisplayName").asText()).isNotEmpty();
          assertThat(service.at("/metadata/imageUrl").asText()).startsWith("data:image/");
          assertThat(service.path("plans")).isNotEmpty();
          for (JsonNode plan : service.path("plans")) {
            assertThat(ids.add(plan.path("id").asText())).isTrue();
            assertThat(plan.path("name").asText()).isNotEmpty();
            assertThat(plan.path("description").asText()).isNotEmpty();
            plan.path("schemas").findParents("parameters").forEach(parent ->
                assertThat(parent.path("parameters").path("$schema").asText()).startsWith("http://json-schema.org/"));
          }
        }
      }
      assertThat(ids).hasSizeGreaterThan(20);
    }

    private JsonNode service(JsonNode catalog, String name) {
      for (JsonNode service : catalog.path("services")) {
        if (name.equals(service.path("name").asText())) {
          return service;
        }
      }
      throw new AssertionError("no service " + name);
    }
  }

  @Nested
  @DisplayName("headers and authentication")
  class Headers {

    @ParameterizedTest(name = "X-Broker-API-Version \"{0}\" is refused with 412")
    @ValueSource(strings = {"2.12", "1.17", "3.0", "two", ""})
    void oldOrBadVersionIsRefused(String version) {
      OsbHttp.Answer answer = starter().version(version).get("/v2/catalog");

      assertThat(answer.status()).isEqualTo(412);
      assertThat(answer.text("description")).contains("2.13");
    }

    @Test
    @DisplayName("a missing X-Broker-API-Version is a bad request (400), not an unsupported version")
    void missingVersionIsRefused() {
      OsbHttp.Answer answer = starter().version(null).get("/v2/catalog");

      assertThat(answer.status()).isEqualTo(400);
      assertThat(answer.text("description")).contains("X-Broker-API-Version");
    }

    @ParameterizedTest(name = "X-Broker-API-Version {0} is accepted")
    @ValueSource(strings = {"2.13", "2.14", "2.17"})
    void supportedVersionsAreAccepted(String version) {
      assertThat(starter().version(version).get("/v2/catalog").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the basic-auth broker answers 401 with a challenge without or with wrong credentials")
    void basicAuthIsEnforced() {
      OsbHttp.Answer none = OsbHttp.to(cloud.url()).get("/v2/catalog");
      OsbHttp.Answer wrong = OsbHttp.to(cloud.url()).auth(new BasicCredentials("sandbox", "wrong")).get("/v2/catalog");
      OsbHttp.Answer garbage = OsbHttp.to(cloud.url()).authorization("Basic !!!").get("/v2/catalog");
      OsbHttp.Answer right = cloud().get("/v2/catalog");

      assertThat(none.status()).isEqualTo(401);
      assertThat(none.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
      assertThat(wrong.status()).isEqualTo(401);
      assertThat(garbage.status()).isEqualTo(401);
      assertThat(right.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the catalog carries an ETag and answers 304 to If-None-Match; the request identity is echoed")
    void etagAndRequestIdentity() {
      OsbHttp.Answer first = starter().header("X-Broker-API-Request-Identity", "e26cea65-a3f9-4a7d-9ec5-9bd6e2d8e2c1")
          .get("/v2/catalog");
      String etag = first.headers().firstValue("ETag").orElseThrow();
      OsbHttp.Answer unchanged = starter().header("If-None-Match", etag).get("/v2/catalog");

      assertThat(first.headers().firstValue("X-Broker-API-Request-Identity"))
          .hasValue("e26cea65-a3f9-4a7d-9ec5-9bd6e2d8e2c1");
      assertThat(etag).startsWith("\"").endsWith("\"");
      assertThat(unchanged.status()).isEqualTo(304);
      assertThat(unchanged.body()).isNull();
      assertThat(starter().header("If-None-Match", "\"other\"").get("/v2/catalog").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the basic credentials never show their password in toString")
    void credentialsHidePassword() {
      assertThat(credentials.toString()).doesNotContain(credentials.password()).contains("***");
    }

    @Test
    @DisplayName("unknown paths answer 404 and wrong methods 405")
    void unknownRoutes() {
      assertThat(starter().get("/v2/nothing").status()).isEqualTo(404);
      assertThat(starter().get("/v3/catalog").status()).isEqualTo(404);
      assertThat(starter().send("POST", "/v2/catalog", object()).status()).isEqualTo(405);
      assertThat(starter().send("POST", "/v2/service_instances/x", object()).status()).isEqualTo(405);
    }
  }

  @Nested
  @DisplayName("synchronous lifecycle")
  class Synchronous {

    @Test
    @DisplayName("provision 201, identical re-provision 200, conflicting re-provision 409, fetch 200")
    void provision() {
      String instance = id();
      ObjectNode parameters = object().put("color", "Beige");

      OsbHttp.Answer created = starter().put("/v2/service_instances/" + instance,
          body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, parameters));
      OsbHttp.Answer again = starter().put("/v2/service_instances/" + instance,
          body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, parameters));
      OsbHttp.Answer conflict = starter().put("/v2/service_instances/" + instance,
          body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, object().put("color", "Grey")));
      OsbHttp.Answer fetched = starter().get("/v2/service_instances/" + instance);

      assertThat(created.status()).isEqualTo(201);
      assertThat(created.text("dashboard_url")).startsWith(starter.url() + "/dashboard/");
      assertThat(again.status()).isEqualTo(200);
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(conflict.text("description")).contains("already exists");
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(fetched.body().at("/parameters/color").asText()).isEqualTo("Beige");
      assertThat(fetched.text("plan_id")).isEqualTo(STARTER_PACK_PLAN_ID);
      assertThat(OsbHttp.to(created.text("dashboard_url")).get("").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("last_operation of a synchronous instance says succeeded; of an unknown one 404")
    void lastOperationOfSyncInstance() {
      String instance = id();
      starter().put("/v2/service_instances/" + instance, body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null));

      OsbHttp.Answer known = starter().get("/v2/service_instances/" + instance + "/last_operation");
      OsbHttp.Answer unknown = starter().get("/v2/service_instances/" + id() + "/last_operation");

      assertThat(known.status()).isEqualTo(200);
      assertThat(known.text("state")).isEqualTo("succeeded");
      assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("bad provision requests get 400 with a description")
    void badRequests() {
      String path = "/v2/service_instances/" + id();
      ObjectNode noService = body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null);
      noService.remove("service_id");

      assertThat(starter().put(path, noService).status()).isEqualTo(400);
      assertThat(starter().put(path, body(STARTER_PACK_SERVICE_ID, MQ_STANDARD, null)).status()).isEqualTo(400);
      assertThat(starter().put(path, body("no-such-service", STARTER_PACK_PLAN_ID, null)).status()).isEqualTo(400);
      assertThat(starter().sendRaw("PUT", path, "{not json").status()).isEqualTo(400);
      assertThat(starter().sendRaw("PUT", path, null).status()).isEqualTo(400);
      OsbHttp.Answer arrayParameters = starter().put(path, body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null)
          .set("parameters", OsbHttp.MAPPER.createArrayNode().add(1)));
      assertThat(arrayParameters.status()).isEqualTo(400);
      assertThat(arrayParameters.text("description")).isNotEmpty();
      assertThat(starter().delete(path).status()).as("deprovision without service_id and plan_id").isEqualTo(400);
    }

    @Test
    @DisplayName("update: a plan change on a plan_updateable service 200, on another 422; parameters merge")
    void update() {
      String db = id();
      cloud().put("/v2/service_instances/" + db, body(DATABASE_SERVICE_ID, DB_FREE, database()));
      String mq = id();
      cloud().put("/v2/service_instances/" + mq, body(MESSAGE_QUEUE_SERVICE_ID, MQ_STANDARD, null));

      ObjectNode change = object();
      change.put("service_id", DATABASE_SERVICE_ID);
      change.put("plan_id", DB_STANDARD);
      change.set("parameters", object().put("storageGb", 40));
      change.putObject("previous_values").put("plan_id", DB_FREE);
      OsbHttp.Answer updated = cloud().patch("/v2/service_instances/" + db, change);
      ObjectNode planChange = object();
      planChange.put("service_id", MESSAGE_QUEUE_SERVICE_ID);
      planChange.put("plan_id", MQ_HIGH);
      OsbHttp.Answer refused = cloud().patch("/v2/service_instances/" + mq, planChange);
      OsbHttp.Answer missing = cloud().patch("/v2/service_instances/" + id(), planChange);

      assertThat(updated.status()).isEqualTo(200);
      JsonNode fetched = cloud().get("/v2/service_instances/" + db).body();
      assertThat(fetched.path("plan_id").asText()).isEqualTo(DB_STANDARD);
      assertThat(fetched.at("/parameters/storageGb").asInt()).isEqualTo(40);
      assertThat(fetched.at("/parameters/version").asText()).isEqualTo("14");
      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.text("error")).isEqualTo("PlanChangeNotSupported");
      assertThat(refused.body().path("update_repeatable").asBoolean(true)).isFalse();
      assertThat(missing.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("update with every parameter sent again, as the controller does: unchanged create-only values pass,"
        + " a changed one is refused")
    void updateWithAllParameters() {
      String db = id();
      cloud().put("/v2/service_instances/" + db, body(DATABASE_SERVICE_ID, DB_FREE, database()));
      JsonNode current = cloud().get("/v2/service_instances/" + db).body().path("parameters");

      ObjectNode all = ((ObjectNode) current.deepCopy()).put("storageGb", 30);
      ObjectNode resend = object();
      resend.put("service_id", DATABASE_SERVICE_ID);
      resend.set("parameters", all);
      OsbHttp.Answer accepted = cloud().patch("/v2/service_instances/" + db, resend);
      ObjectNode versionChange = object();
      versionChange.put("service_id", DATABASE_SERVICE_ID);
      versionChange.set("parameters", all.deepCopy().put("version", "15"));
      OsbHttp.Answer refused = cloud().patch("/v2/service_instances/" + db, versionChange);

      assertThat(accepted.status()).isEqualTo(200);
      assertThat(cloud().get("/v2/service_instances/" + db).body().at("/parameters/storageGb").asInt()).isEqualTo(30);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text("description")).contains("version");
    }

    @Test
    @DisplayName("bind 201 with credentials, identical rebind 200, different 409, fetch, unbind 200 then 410")
    void bindAndUnbind() {
      String instance = id();
      cloud().put("/v2/service_instances/" + instance, body(DATABASE_SERVICE_ID, DB_FREE, database()));
      String binding = "/v2/service_instances/" + instance + "/service_bindings/" + id();
      ObjectNode parameters = object().put("access", "read-only").put("databaseName", "orders");

      OsbHttp.Answer bound = cloud().put(binding, body(DATABASE_SERVICE_ID, DB_FREE, parameters));
      OsbHttp.Answer again = cloud().put(binding, body(DATABASE_SERVICE_ID, DB_FREE, parameters));
      OsbHttp.Answer conflict = cloud().put(binding, body(DATABASE_SERVICE_ID, DB_FREE, object()));
      OsbHttp.Answer fetched = cloud().get(binding);
      OsbHttp.Answer unbound = cloud().delete(binding + query(DATABASE_SERVICE_ID, DB_FREE));
      OsbHttp.Answer gone = cloud().delete(binding + query(DATABASE_SERVICE_ID, DB_FREE));
      OsbHttp.Answer fetchGone = cloud().get(binding);

      assertThat(bound.status()).isEqualTo(201);
      JsonNode credentials = bound.body().path("credentials");
      assertThat(credentials.path("port").isInt()).isTrue();
      assertThat(credentials.path("readOnly").asBoolean()).isTrue();
      assertThat(credentials.path("database").asText()).isEqualTo("orders");
      assertThat(credentials.path("uri").asText()).startsWith("postgresql://");
      assertThat(credentials.path("password").asText()).hasSizeGreaterThanOrEqualTo(20);
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.body().path("credentials")).isEqualTo(credentials);
      assertThat(conflict.status()).isEqualTo(409);
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(fetched.body().path("credentials")).isEqualTo(credentials);
      assertThat(fetched.body().at("/parameters/access").asText()).isEqualTo("read-only");
      assertThat(unbound.status()).isEqualTo(200);
      assertThat(gone.status()).isEqualTo(410);
      assertThat(fetchGone.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("parameters that break the plan's create, update or bind schema get 400 naming each problem")
    void schemaViolations() {
      ObjectNode wrong = database().put("storageGb", 5000).put("maintenanceWindow", "sometime");
      wrong.remove("adminPassword");
      wrong.putArray("allowedCidrs").add("10.0.0.0/8").add("not-a-cidr");
      String instance = "/v2/service_instances/" + id();

      OsbHttp.Answer refused = cloud().put(instance, body(DATABASE_SERVICE_ID, DB_FREE, wrong));
      OsbHttp.Answer unknownField = cloud().put(instance, body(DATABASE_SERVICE_ID, DB_FREE,
          database().put("colour", "blue")));
      OsbHttp.Answer created = cloud().put(instance, body(DATABASE_SERVICE_ID, DB_FREE, database()
          .put("highAvailability", true).put("maintenanceWindow", "Sat:22:00-Sat:23:00")));
      ObjectNode badUpdate = object();
      badUpdate.put("service_id", DATABASE_SERVICE_ID);
      badUpdate.set("parameters", object().put("storageGb", 15));
      OsbHttp.Answer updateRefused = cloud().patch(instance, badUpdate);
      OsbHttp.Answer bindRefused = cloud().put(instance + "/service_bindings/" + id(),
          body(DATABASE_SERVICE_ID, DB_FREE, object().put("access", "everything")));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text("description")).contains("storageGb", "maintenanceWindow", "adminPassword",
          "allowedCidrs");
      assertThat(unknownField.status()).isEqualTo(400);
      assertThat(unknownField.text("description")).contains("colour");
      assertThat(created.status()).isEqualTo(201);
      assertThat(updateRefused.status()).isEqualTo(400);
      assertThat(updateRefused.text("description")).contains("storageGb");
      assertThat(bindRefused.status()).isEqualTo(400);
      assertThat(bindRefused.text("description")).contains("access");
    }

    @Test
    @DisplayName("message-queue bindings return a topic, a URL and a service-account key object")
    void messageQueueCredentials() {
      String instance = id();
      cloud().put("/v2/service_instances/" + instance, body(MESSAGE_QUEUE_SERVICE_ID, MQ_STANDARD,
          object().put("topicName", "orders")));

      OsbHttp.Answer bound = cloud().put("/v2/service_instances/" + instance + "/service_bindings/" + id(),
          body(MESSAGE_QUEUE_SERVICE_ID, MQ_STANDARD, object().put("role", "publisher")));

      JsonNode credentials = bound.body().path("credentials");
      assertThat(credentials.path("topic").asText()).isEqualTo("orders");
      assertThat(credentials.path("url").asText()).startsWith("https://").endsWith("/topics/orders");
      assertThat(credentials.path("role").asText()).isEqualTo("publisher");
      JsonNode key = credentials.path("privateKeyData");
      assertThat(key.isObject()).isTrue();
      assertThat(key.path("type").asText()).isEqualTo("service_account");
      assertThat(key.path("private_key").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
      assertThat(key.path("client_email").asText()).contains("@");
    }

    @Test
    @DisplayName("binding an unknown instance 404; deprovision 200, again 410; bindings go with the instance")
    void deprovision() {
      String instance = id();
      starter().put("/v2/service_instances/" + instance, body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null));
      String binding = "/v2/service_instances/" + instance + "/service_bindings/" + id();
      starter().put(binding, body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null));
      int liveBefore = starter.instanceCount();

      OsbHttp.Answer deleted = starter().delete("/v2/service_instances/" + instance
          + query(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID));
      OsbHttp.Answer again = starter().delete("/v2/service_instances/" + instance
          + query(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID));
      OsbHttp.Answer bindMissing = starter().put("/v2/service_instances/" + id() + "/service_bindings/" + id(),
          body(STARTER_PACK_SERVICE_ID, STARTER_PACK_PLAN_ID, null));

      assertThat(deleted.status()).isEqualTo(200);
      assertThat(deleted.body()).isEqualTo(object());
      assertThat(starter.instanceCount()).isEqualTo(liveBefore - 1);
      assertThat(again.status()).isEqualTo(410);
      assertThat(starter().get(binding).status()).isEqualTo(404);
      assertThat(starter().get("/v2/service_instances/" + instance).status()).isEqualTo(404);
      assertThat(bindMissing.status()).isEqualTo(404);
    }
  }

  @Nested
  @DisplayName("asynchronous and failing services")
  class Asynchronous {

    @Test
    @DisplayName("async provision: 422 AsyncRequired without accepts_incomplete, 202 + polling with Retry-After")
    void asyncProvision() {
      String instance = "/v2/service_instances/" + id();
      ObjectNode request = body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null);

      OsbHttp.Answer refused = lab().put(instance, request);
      OsbHttp.Answer accepted = lab().put(instance + "?accepts_incomplete=true", request);
      OsbHttp.Answer repeated = lab().put(instance + "?accepts_incomplete=true", request);
      String operation = accepted.text("operation");
      OsbHttp.Answer polling = lab().get(instance + "/last_operation" + query(SLOW_CACHE_SERVICE_ID, CACHE_SMALL)
          + "&operation=" + operation);
      OsbHttp.Answer fetchWhileProvisioning = lab().get(instance);
      OsbHttp.Answer bindWhileProvisioning = lab().put(instance + "/service_bindings/" + id(),
          body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      OsbHttp.Answer wrongOperation = lab().get(instance + "/last_operation?operation=nonsense");

      assertThat(refused.status()).isEqualTo(422);
      assertThat(refused.text("error")).isEqualTo("AsyncRequired");
      assertThat(accepted.status()).isEqualTo(202);
      assertThat(operation).isNotEmpty();
      assertThat(accepted.text("dashboard_url")).isNotEmpty();
      assertThat(repeated.status()).isEqualTo(202);
      assertThat(repeated.text("operation")).isEqualTo(operation);
      assertThat(polling.status()).isEqualTo(200);
      assertThat(polling.text("state")).isEqualTo("in progress");
      assertThat(polling.text("description")).contains("% complete");
      assertThat(polling.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(fetchWhileProvisioning.status()).isEqualTo(404);
      assertThat(bindWhileProvisioning.status()).isEqualTo(422);
      assertThat(bindWhileProvisioning.text("error")).isEqualTo("ConcurrencyError");
      assertThat(wrongOperation.status()).isEqualTo(400);

      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
          lab().get(instance + "/last_operation?operation=" + operation).text("state")).isEqualTo("succeeded"));
      assertThat(lab().get(instance).status()).isEqualTo(200);
      assertThat(lab().put(instance + "?accepts_incomplete=true", request).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("async update and deprovision: 202, polled to succeeded, then 410 Gone after the delete")
    void asyncUpdateAndDeprovision() {
      String instance = "/v2/service_instances/" + id();
      lab().put(instance + "?accepts_incomplete=true", body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance).status() == 200);

      ObjectNode change = object();
      change.put("service_id", SLOW_CACHE_SERVICE_ID);
      change.put("plan_id", CACHE_LARGE);
      change.set("parameters", object().put("evictionPolicy", "noeviction"));
      OsbHttp.Answer updating = lab().patch(instance + "?accepts_incomplete=true", change);
      OsbHttp.Answer fetchWhileUpdating = lab().get(instance);
      OsbHttp.Answer deleteWhileUpdating = lab().delete(instance + query(SLOW_CACHE_SERVICE_ID, CACHE_SMALL)
          + "&accepts_incomplete=true");

      assertThat(updating.status()).isEqualTo(202);
      assertThat(fetchWhileUpdating.status()).isEqualTo(422);
      assertThat(fetchWhileUpdating.text("error")).isEqualTo("ConcurrencyError");
      assertThat(deleteWhileUpdating.status()).isEqualTo(422);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
          lab().get(instance + "/last_operation?operation=" + updating.text("operation")).text("state"))
          .isEqualTo("succeeded"));
      assertThat(lab().get(instance).body().path("plan_id").asText()).isEqualTo(CACHE_LARGE);

      OsbHttp.Answer syncDelete = lab().delete(instance + query(SLOW_CACHE_SERVICE_ID, CACHE_LARGE));
      OsbHttp.Answer deleting = lab().delete(instance + query(SLOW_CACHE_SERVICE_ID, CACHE_LARGE)
          + "&accepts_incomplete=true");

      assertThat(syncDelete.status()).isEqualTo(422);
      assertThat(syncDelete.text("error")).isEqualTo("AsyncRequired");
      assertThat(deleting.status()).isEqualTo(202);
      assertThat(lab().get(instance + "/last_operation").text("state")).isEqualTo("in progress");
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance + "/last_operation").status() == 410);
      assertThat(lab().delete(instance + query(SLOW_CACHE_SERVICE_ID, CACHE_LARGE)
          + "&accepts_incomplete=true").status()).isEqualTo(410);
    }

    @Test
    @DisplayName("async service binds asynchronously when allowed: 202, binding last_operation, then credentials")
    void asyncBinding() {
      String instance = "/v2/service_instances/" + id();
      lab().put(instance + "?accepts_incomplete=true", body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance).status() == 200);
      String binding = instance + "/service_bindings/" + id();

      OsbHttp.Answer accepted = lab().put(binding + "?accepts_incomplete=true",
          body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      OsbHttp.Answer fetchWhileBinding = lab().get(binding);

      assertThat(accepted.status()).isEqualTo(202);
      assertThat(accepted.body().has("credentials")).isFalse();
      assertThat(fetchWhileBinding.status()).isEqualTo(404);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
          lab().get(binding + "/last_operation?operation=" + accepted.text("operation")).text("state"))
          .isEqualTo("succeeded"));
      assertThat(lab().get(binding).body().path("credentials").path("uri").asText()).startsWith("https://");

      String syncBinding = instance + "/service_bindings/" + id();
      assertThat(lab().put(syncBinding, body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null)).status()).isEqualTo(201);
    }

    @Test
    @DisplayName("ids with an encoded slash or plus stay one path segment: provision, fetch, bind, deprovision")
    void encodedIdsStayOneSegment() {
      String instanceId = "team/a+" + id();
      String instance = "/v2/service_instances/" + java.net.URLEncoder.encode(instanceId,
          java.nio.charset.StandardCharsets.UTF_8).replace("+", "%2B");
      String binding = instance + "/service_bindings/a%2Fb%2Bc";

      OsbHttp.Answer provisioned = lab().put(instance, body(STICKY_STORAGE_SERVICE_ID, BUCKET, null));
      OsbHttp.Answer fetched = lab().get(instance);
      OsbHttp.Answer bound = lab().put(binding, body(STICKY_STORAGE_SERVICE_ID, BUCKET, null));
      OsbHttp.Answer otherId = lab().get("/v2/service_instances/team%2Fa%20" + instanceId.substring(7));

      assertThat(provisioned.status()).isEqualTo(201);
      assertThat(fetched.status()).isEqualTo(200);
      assertThat(bound.status()).isEqualTo(201);
      assertThat(lab().get(binding).status()).isEqualTo(200);
      assertThat(otherId.status()).isEqualTo(404);
    }

    @Test
    @DisplayName("a finished async unbind and deprovision are forgotten once their 410 Gone has been served")
    void goneIsForgottenAfterItsGone() {
      int before = lab.retained();
      String instance = "/v2/service_instances/" + id();
      lab().put(instance + "?accepts_incomplete=true", body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance).status() == 200);
      String binding = instance + "/service_bindings/" + id();
      lab().put(binding, body(SLOW_CACHE_SERVICE_ID, CACHE_SMALL, null));
      String query = query(SLOW_CACHE_SERVICE_ID, CACHE_SMALL) + "&accepts_incomplete=true";

      assertThat(lab().delete(binding + query).status()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(binding + "/last_operation").status() == 410);
      assertThat(lab.retained()).isEqualTo(before + 1);
      assertThat(lab().get(binding + "/last_operation").status()).isEqualTo(404);

      assertThat(lab().delete(instance + query).status()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance + "/last_operation").status() == 410);
      assertThat(lab.retained()).isEqualTo(before);
      assertThat(lab().get(instance + "/last_operation").status()).isEqualTo(404);
      assertThat(lab().delete(instance + query).status()).isEqualTo(410);
    }

    @Test
    @DisplayName("a refused provision answers 400 with a broker description and creates nothing")
    void provisionRefused() {
      String instance = "/v2/service_instances/" + id();

      OsbHttp.Answer refused = lab().put(instance, body(UNAVAILABLE_SERVICE_ID, UNAVAILABLE_REFUSED_PLAN_ID, null));

      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused.text("error")).isEqualTo("CapacityExhausted");
      assertThat(refused.text("description")).contains("no capacity");
      assertThat(lab().delete(instance + query(UNAVAILABLE_SERVICE_ID, UNAVAILABLE_REFUSED_PLAN_ID)).status())
          .isEqualTo(410);
    }

    @Test
    @DisplayName("a provision that fails later reports state failed with a description; deleting it works")
    void provisionFailsLater() {
      String instance = "/v2/service_instances/" + id();

      OsbHttp.Answer accepted = lab().put(instance + "?accepts_incomplete=true",
          body(UNAVAILABLE_SERVICE_ID, UNAVAILABLE_FAILS_LATER_PLAN_ID, null));

      assertThat(accepted.status()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
        OsbHttp.Answer polled = lab().get(instance + "/last_operation");
        assertThat(polled.text("state")).isEqualTo("failed");
        assertThat(polled.text("description")).contains("could not place");
      });
      assertThat(lab().get(instance).status()).isEqualTo(404);
      OsbHttp.Answer mitigation = lab().delete(instance + query(UNAVAILABLE_SERVICE_ID,
          UNAVAILABLE_FAILS_LATER_PLAN_ID) + "&accepts_incomplete=true");
      assertThat(mitigation.status()).isEqualTo(202);
      await().atMost(Duration.ofSeconds(10)).until(() -> lab().get(instance + "/last_operation").status() == 410);
    }

    @Test
    @DisplayName("a deprovision that fails first answers 500 with a description, keeps the instance, then succeeds")
    void deprovisionFailsOnce() {
      String instance = "/v2/service_instances/" + id();
      lab().put(instance, body(STICKY_STORAGE_SERVICE_ID, BUCKET, null));

      OsbHttp.Answer first = lab().delete(instance + query(STICKY_STORAGE_SERVICE_ID, BUCKET));
      OsbHttp.Answer stillThere = lab().get(instance);
      OsbHttp.Answer second = lab().delete(instance + query(STICKY_STORAGE_SERVICE_ID, BUCKET));

      assertThat(first.status()).isEqualTo(500);
      assertThat(first.text("description")).contains("retry");
      assertThat(stillThere.status()).isEqualTo(200);
      assertThat(second.status()).isEqualTo(200);
      assertThat(lab().get(instance).status()).isEqualTo(404);
    }
  }
}
