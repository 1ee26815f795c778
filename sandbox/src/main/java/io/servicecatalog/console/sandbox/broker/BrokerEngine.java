package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.HttpURLConnection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The state and rules of one sample broker (OSB API v2.17): instances, bindings and their operations, independent of
 * HTTP. Asynchronous operations finish by the clock, so no background thread is needed; every call first brings the
 * touched objects up to date.
 */
final class BrokerEngine {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final int UNPROCESSABLE = 422;

  /** An OSB answer: status, JSON body and extra headers. */
  record Response(int status, JsonNode body, Map<String, String> headers) {
    Response(int status, JsonNode body) {
      this(status, body, Map.of());
    }
  }

  private enum State { IN_FLIGHT, DONE, FAILED, GONE }

  private enum Kind { PROVISION, UPDATE, DEPROVISION, BIND, UNBIND }

  /** One broker operation; asynchronous ones end at {@code end}. */
  private record Operation(String id, Kind kind, Instant start, Instant end, String failure) {
    boolean finished(Instant now) {
      return !now.isBefore(end);
    }

    int percent(Instant now) {
      long total = Math.max(1, Duration.between(start, end).toMillis());
      long done = Math.min(total, Math.max(0, Duration.between(start, now).toMillis()));
      return (int) (100 * done / total);
    }
  }

  private static final class Instance {
    final String id;
    final String serviceId;
    String planId;
    ObjectNode parameters;
    final String dashboardUrl;
    State state;
    Operation operation;
    String pendingPlanId;
    ObjectNode pendingParameters;
    int deprovisionAttempts;

    Instance(String id, String serviceId, String planId, ObjectNode parameters, String dashboardUrl) {
      this.id = id;
      this.serviceId = serviceId;
      this.planId = planId;
      this.parameters = parameters;
      this.dashboardUrl = dashboardUrl;
    }
  }

  private static final class Binding {
    final String id;
    final String instanceId;
    final String serviceId;
    final String planId;
    final ObjectNode parameters;
    final ObjectNode credentials;
    State state;
    Operation operation;

    Binding(String id, Instance instance, String planId, ObjectNode parameters, ObjectNode credentials) {
      this.id = id;
      this.instanceId = instance.id;
      this.serviceId = instance.serviceId;
      this.planId = planId;
      this.parameters = parameters;
      this.credentials = credentials;
    }
  }

  private final BrokerDefinition definition;
  private final Map<String, JsonNode> services = new HashMap<>();
  private final Map<String, JsonNode> plans = new HashMap<>();
  private final Map<String, String> planService = new HashMap<>();
  private final Duration asyncDuration;
  private final int retryAfterSeconds;
  private final Clock clock;
  private final AtomicLong operations = new AtomicLong();
  private final ParameterSchemas schemas;
  private final Map<String, Instance> instances = new LinkedHashMap<>();
  private final Map<String, Binding> bindings = new LinkedHashMap<>();
  private String baseUrl = "";

  BrokerEngine(BrokerDefinition definition, Duration asyncDuration, int retryAfterSeconds, Clock clock) {
    this.definition = definition;
    this.asyncDuration = asyncDuration;
    this.retryAfterSeconds = retryAfterSeconds;
    this.clock = clock;
    for (JsonNode service : definition.catalog().path("services")) {
      String serviceId = service.path("id").asText();
      services.put(serviceId, service);
      for (JsonNode plan : service.path("plans")) {
        plans.put(plan.path("id").asText(), plan);
        planService.put(plan.path("id").asText(), serviceId);
      }
    }
    this.schemas = new ParameterSchemas(plans);
  }

  void baseUrl(String url) {
    this.baseUrl = url;
  }

  BrokerDefinition definition() {
    return definition;
  }

  // ---- instances -------------------------------------------------------------------------------------------

  synchronized Response provision(String instanceId, boolean acceptsIncomplete, JsonNode body) {
    Response invalid = checkServiceAndPlan(body, true);
    if (invalid != null) {
      return invalid;
    }
    String serviceId = body.path("service_id").asText();
    String planId = body.path("plan_id").asText();
    ObjectNode parameters = parameters(body);
    if (parameters == null) {
      return badRequest("The field \"parameters\" must be a JSON object.");
    }
    Response invalidParameters = checkParameters(planId, ParameterSchemas.Use.PROVISION, parameters);
    if (invalidParameters != null) {
      return invalidParameters;
    }
    Behaviour behaviour = definition.behaviour(serviceId, planId);
    if (isAsync(behaviour) && !acceptsIncomplete) {
      return asyncRequired();
    }
    Instance existing = instance(instanceId);
    if (existing != null) {
      boolean identical = existing.serviceId.equals(serviceId) && existing.planId.equals(planId)
          && existing.parameters.equals(parameters);
      if (identical && existing.state == State.IN_FLIGHT && existing.operation.kind() == Kind.PROVISION) {
        return new Response(HttpURLConnection.HTTP_ACCEPTED, provisionBody(existing, existing.operation.id()));
      }
      if (identical && existing.state == State.DONE) {
        return new Response(HttpURLConnection.HTTP_OK, provisionBody(existing, null));
      }
      return error(HttpURLConnection.HTTP_CONFLICT, null, "Service instance " + instanceId
          + " already exists with a different service, plan or parameters. Use a new instance id, or update the"
          + " existing instance instead.");
    }
    if (behaviour == Behaviour.PROVISION_FAILS) {
      return error(HttpURLConnection.HTTP_BAD_REQUEST, "CapacityExhausted", "The sandbox region has no capacity"
          + " left for " + serviceName(serviceId) + ". Nothing was created; choose another service or plan.");
    }
    Instance created = new Instance(instanceId, serviceId, planId, parameters, baseUrl + "/dashboard/" + instanceId);
    instances.put(instanceId, created);
    if (isAsync(behaviour)) {
      String failure = behaviour == Behaviour.ASYNC_PROVISION_FAILS
          ? "Provisioning failed: the sandbox scheduler could not place " + serviceName(serviceId)
              + " on any host. Delete this instance and try again later."
          : null;
      created.operation = newOperation(Kind.PROVISION, asyncDuration, failure);
      created.state = State.IN_FLIGHT;
      return new Response(HttpURLConnection.HTTP_ACCEPTED, provisionBody(created, created.operation.id()));
    }
    created.operation = newOperation(Kind.PROVISION, Duration.ZERO, null);
    created.state = State.DONE;
    return new Response(HttpURLConnection.HTTP_CREATED, provisionBody(created, null));
  }

  /** The entries of {@code sent} whose values differ from {@code current}. */
  static ObjectNode changedOnly(ObjectNode current, ObjectNode sent) {
    ObjectNode changed = sent.deepCopy();
    sent.fieldNames().forEachRemaining(field -> {
      if (current != null && sent.get(field).equals(current.get(field))) {
        changed.remove(field);
      }
    });
    return changed;
  }

  synchronized Response update(String instanceId, boolean acceptsIncomplete, JsonNode body) {
    if (!body.isObject() || !body.path("service_id").isTextual()) {
      return badRequest("The request body must be a JSON object with \"service_id\".");
    }
    Instance instance = instance(instanceId);
    if (instance == null) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service instance " + instanceId + " does not exist.");
    }
    if (!instance.serviceId.equals(body.path("service_id").asText())) {
      return badRequest("Service instance " + instanceId + " belongs to service " + instance.serviceId
          + ", not " + body.path("service_id").asText() + ".");
    }
    String newPlan = body.hasNonNull("plan_id") ? body.path("plan_id").asText() : instance.planId;
    if (!instance.serviceId.equals(planService.get(newPlan))) {
      return badRequest("Plan " + newPlan + " is not a plan of service " + serviceName(instance.serviceId) + ".");
    }
    ObjectNode changes = parameters(body);
    if (changes == null) {
      return badRequest("The field \"parameters\" must be a JSON object.");
    }
    // Platforms such as the Service Catalog controller send every parameter of the instance on update, not
    // only the changed ones; a create-only value sent again unchanged is not a change, so only real changes
    // are held to the update schema.
    Response invalidChanges = checkParameters(newPlan, ParameterSchemas.Use.UPDATE, changedOnly(instance.parameters, changes));
    if (invalidChanges != null) {
      return invalidChanges;
    }
    if (instance.state == State.IN_FLIGHT) {
      if (instance.operation.kind() == Kind.UPDATE && newPlan.equals(instance.pendingPlanId)
          && merged(instance.parameters, changes).equals(instance.pendingParameters)) {
        return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(instance.operation.id()));
      }
      return concurrencyError("Another operation for service instance " + instanceId + " is in progress.");
    }
    if (instance.state == State.FAILED) {
      return error(UNPROCESSABLE, null, "Service instance " + instanceId + " failed to provision and cannot be"
          + " updated. Delete it and create a new one.");
    }
    if (!newPlan.equals(instance.planId) && !planUpdatable(instance.serviceId, newPlan)) {
      ObjectNode refusal = errorBody("PlanChangeNotSupported", "Service " + serviceName(instance.serviceId)
          + " does not allow changing the plan of an instance. Create a new instance with the other plan.");
      refusal.put("instance_usable", true);
      refusal.put("update_repeatable", false);
      return new Response(UNPROCESSABLE, refusal);
    }
    Behaviour behaviour = definition.behaviour(instance.serviceId, newPlan);
    if (isAsync(behaviour) && !acceptsIncomplete) {
      return asyncRequired();
    }
    ObjectNode newParameters = merged(instance.parameters, changes);
    if (isAsync(behaviour)) {
      instance.pendingPlanId = newPlan;
      instance.pendingParameters = newParameters;
      instance.operation = newOperation(Kind.UPDATE, asyncDuration, null);
      instance.state = State.IN_FLIGHT;
      ObjectNode accepted = operationBody(instance.operation.id());
      accepted.put("dashboard_url", instance.dashboardUrl);
      return new Response(HttpURLConnection.HTTP_ACCEPTED, accepted);
    }
    instance.planId = newPlan;
    instance.parameters = newParameters;
    instance.operation = newOperation(Kind.UPDATE, Duration.ZERO, null);
    return new Response(HttpURLConnection.HTTP_OK, JSON.objectNode());
  }

  synchronized Response deprovision(String instanceId, boolean acceptsIncomplete, Map<String, String> query) {
    Response missing = requireQuery(query);
    if (missing != null) {
      return missing;
    }
    Instance instance = instance(instanceId);
    if (instance == null) {
      instances.remove(instanceId); // a finished asynchronous deprovision: its 410 is served now
      return new Response(HttpURLConnection.HTTP_GONE, JSON.objectNode());
    }
    Behaviour behaviour = definition.behaviour(instance.serviceId, instance.planId);
    if (isAsync(behaviour) && !acceptsIncomplete) {
      return asyncRequired();
    }
    if (instance.state == State.IN_FLIGHT) {
      if (instance.operation.kind() == Kind.DEPROVISION) {
        return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(instance.operation.id()));
      }
      return concurrencyError("Service instance " + instanceId + " is still being "
          + (instance.operation.kind() == Kind.PROVISION ? "provisioned" : "updated")
          + "; delete it when that operation has finished.");
    }
    if (behaviour == Behaviour.DEPROVISION_FAILS_ONCE && instance.deprovisionAttempts++ == 0) {
      return error(HttpURLConnection.HTTP_INTERNAL_ERROR, null, "The sandbox storage backend timed out while"
          + " releasing service instance " + instanceId + ". The instance still exists; retry the delete.");
    }
    bindings.values().removeIf(b -> b.instanceId.equals(instanceId));
    if (isAsync(behaviour)) {
      instance.operation = newOperation(Kind.DEPROVISION, asyncDuration, null);
      instance.state = State.IN_FLIGHT;
      return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(instance.operation.id()));
    }
    instances.remove(instanceId);
    return new Response(HttpURLConnection.HTTP_OK, JSON.objectNode());
  }

  synchronized Response instanceLastOperation(String instanceId, Map<String, String> query) {
    Instance instance = instances.get(instanceId);
    if (instance != null) {
      advance(instance);
    }
    if (instance == null) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service instance " + instanceId + " does not exist.");
    }
    Response unknown = checkOperation(query, instance.operation);
    if (unknown != null) {
      return unknown;
    }
    if (instance.state == State.GONE) {
      // Kept only until the platform learns the deprovision finished; a long session must not pile them up.
      instances.remove(instanceId);
      return new Response(HttpURLConnection.HTTP_GONE, JSON.objectNode());
    }
    return lastOperation(instance.state, instance.operation);
  }

  synchronized Response fetchInstance(String instanceId) {
    Instance instance = instance(instanceId);
    if (instance == null || instance.state == State.FAILED
        || (instance.state == State.IN_FLIGHT && instance.operation.kind() == Kind.PROVISION)) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service instance " + instanceId
          + " does not exist or is still being provisioned.");
    }
    if (instance.state == State.IN_FLIGHT && instance.operation.kind() == Kind.UPDATE) {
      return concurrencyError("Service instance " + instanceId + " is being updated; fetch it again later.");
    }
    ObjectNode body = JSON.objectNode();
    body.put("service_id", instance.serviceId);
    body.put("plan_id", instance.planId);
    body.put("dashboard_url", instance.dashboardUrl);
    body.set("parameters", instance.parameters.deepCopy());
    return new Response(HttpURLConnection.HTTP_OK, body);
  }

  // ---- bindings --------------------------------------------------------------------------------------------

  synchronized Response bind(String instanceId, String bindingId, boolean acceptsIncomplete, JsonNode body) {
    Response invalid = checkServiceAndPlan(body, false);
    if (invalid != null) {
      return invalid;
    }
    ObjectNode parameters = parameters(body);
    if (parameters == null) {
      return badRequest("The field \"parameters\" must be a JSON object.");
    }
    Instance instance = instance(instanceId);
    if (instance == null || instance.state == State.FAILED) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service instance " + instanceId
          + " does not exist; provision it before binding.");
    }
    if (instance.state == State.IN_FLIGHT) {
      return concurrencyError("Service instance " + instanceId + " has an operation in progress; bind when it"
          + " has finished.");
    }
    String planId = body.path("plan_id").asText();
    Response invalidParameters = checkParameters(planId, ParameterSchemas.Use.BIND, parameters);
    if (invalidParameters != null) {
      return invalidParameters;
    }
    if (!bindable(instance.serviceId, planId)) {
      return badRequest("Plan " + planId + " of service " + serviceName(instance.serviceId) + " is not bindable.");
    }
    String key = bindingKey(instanceId, bindingId);
    Binding existing = binding(instanceId, bindingId);
    if (existing != null) {
      boolean identical = existing.planId.equals(planId) && existing.parameters.equals(parameters)
          && existing.serviceId.equals(body.path("service_id").asText());
      if (identical && existing.state == State.IN_FLIGHT && existing.operation.kind() == Kind.BIND) {
        return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(existing.operation.id()));
      }
      if (identical && existing.state == State.DONE) {
        return new Response(HttpURLConnection.HTTP_OK, bindingBody(existing, false));
      }
      return error(HttpURLConnection.HTTP_CONFLICT, null, "Service binding " + bindingId
          + " already exists with different parameters. Use a new binding id.");
    }
    ObjectNode credentials = credentials(instance, bindingId, planId, parameters);
    Binding created = new Binding(bindingId, instance, planId, parameters, credentials);
    bindings.put(key, created);
    if (definition.behaviour(instance.serviceId, planId) == Behaviour.ASYNCHRONOUS && acceptsIncomplete) {
      created.operation = newOperation(Kind.BIND, asyncDuration, null);
      created.state = State.IN_FLIGHT;
      return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(created.operation.id()));
    }
    created.operation = newOperation(Kind.BIND, Duration.ZERO, null);
    created.state = State.DONE;
    return new Response(HttpURLConnection.HTTP_CREATED, bindingBody(created, false));
  }

  synchronized Response unbind(String instanceId, String bindingId, boolean acceptsIncomplete,
      Map<String, String> query) {
    Response missing = requireQuery(query);
    if (missing != null) {
      return missing;
    }
    Binding binding = binding(instanceId, bindingId);
    if (binding == null) {
      bindings.remove(bindingKey(instanceId, bindingId)); // a finished asynchronous unbind: its 410 is served now
      return new Response(HttpURLConnection.HTTP_GONE, JSON.objectNode());
    }
    if (binding.state == State.IN_FLIGHT) {
      if (binding.operation.kind() == Kind.UNBIND) {
        return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(binding.operation.id()));
      }
      return concurrencyError("Service binding " + bindingId + " is still being created; unbind it when that"
          + " has finished.");
    }
    if (definition.behaviour(binding.serviceId, binding.planId) == Behaviour.ASYNCHRONOUS && acceptsIncomplete) {
      binding.operation = newOperation(Kind.UNBIND, asyncDuration, null);
      binding.state = State.IN_FLIGHT;
      return new Response(HttpURLConnection.HTTP_ACCEPTED, operationBody(binding.operation.id()));
    }
    bindings.remove(bindingKey(instanceId, bindingId));
    return new Response(HttpURLConnection.HTTP_OK, JSON.objectNode());
  }

  synchronized Response fetchBinding(String instanceId, String bindingId) {
    Binding binding = binding(instanceId, bindingId);
    if (binding == null || (binding.state == State.IN_FLIGHT && binding.operation.kind() == Kind.BIND)) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service binding " + bindingId
          + " does not exist or is still being created.");
    }
    return new Response(HttpURLConnection.HTTP_OK, bindingBody(binding, true));
  }

  synchronized Response bindingLastOperation(String instanceId, String bindingId, Map<String, String> query) {
    Binding binding = bindings.get(bindingKey(instanceId, bindingId));
    if (binding != null) {
      advance(binding);
    }
    if (binding == null) {
      return error(HttpURLConnection.HTTP_NOT_FOUND, null, "Service binding " + bindingId + " does not exist.");
    }
    Response unknown = checkOperation(query, binding.operation);
    if (unknown != null) {
      return unknown;
    }
    if (binding.state == State.GONE) {
      bindings.remove(bindingKey(instanceId, bindingId));
      return new Response(HttpURLConnection.HTTP_GONE, JSON.objectNode());
    }
    return lastOperation(binding.state, binding.operation);
  }

  /** The instances and bindings held in memory, finished deletions not yet reported included; for tests. */
  synchronized int retained() {
    return instances.size() + bindings.size();
  }

  /** The number of live instances, for tests and logs. */
  synchronized int instanceCount() {
    int live = 0;
    for (Instance instance : instances.values()) {
      advance(instance);
      if (instance.state != State.GONE) {
        live++;
      }
    }
    return live;
  }

  // ---- helpers ---------------------------------------------------------------------------------------------

  /** The instance, brought up to date, or null if it does not exist (or was deprovisioned). */
  private Instance instance(String id) {
    Instance instance = instances.get(id);
    if (instance == null) {
      return null;
    }
    advance(instance);
    return instance.state == State.GONE ? null : instance;
  }

  private Binding binding(String instanceId, String bindingId) {
    Binding binding = bindings.get(bindingKey(instanceId, bindingId));
    if (binding == null) {
      return null;
    }
    advance(binding);
    return binding.state == State.GONE ? null : binding;
  }

  private void advance(Instance instance) {
    Instant now = clock.instant();
    if (instance.state != State.IN_FLIGHT || !instance.operation.finished(now)) {
      return;
    }
    switch (instance.operation.kind()) {
      case PROVISION -> instance.state = instance.operation.failure() == null ? State.DONE : State.FAILED;
      case UPDATE -> {
        instance.planId = instance.pendingPlanId;
        instance.parameters = instance.pendingParameters;
        instance.pendingPlanId = null;
        instance.pendingParameters = null;
        instance.state = State.DONE;
      }
      case DEPROVISION -> instance.state = State.GONE;
      default -> throw new IllegalStateException("Instance operation " + instance.operation.kind());
    }
  }

  private void advance(Binding binding) {
    if (binding.state != State.IN_FLIGHT || !binding.operation.finished(clock.instant())) {
      return;
    }
    binding.state = binding.operation.kind() == Kind.BIND ? State.DONE : State.GONE;
  }

  private Response lastOperation(State state, Operation operation) {
    ObjectNode body = JSON.objectNode();
    String what = operation.kind().name().toLowerCase(java.util.Locale.ROOT);
    if (state == State.IN_FLIGHT) {
      body.put("state", "in progress");
      body.put("description", capitalised(what) + " in progress (" + operation.percent(clock.instant())
          + "% complete).");
      return new Response(HttpURLConnection.HTTP_OK, body,
          Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }
    if (state == State.FAILED) {
      body.put("state", "failed");
      body.put("description", operation.failure());
      return new Response(HttpURLConnection.HTTP_OK, body);
    }
    body.put("state", "succeeded");
    body.put("description", capitalised(what) + " succeeded.");
    return new Response(HttpURLConnection.HTTP_OK, body);
  }

  private Response checkOperation(Map<String, String> query, Operation current) {
    String asked = query.get("operation");
    if (asked != null && (current == null || !asked.equals(current.id()))) {
      return badRequest("Unknown operation \"" + asked + "\"; poll with the operation of the latest request.");
    }
    return null;
  }

  private Response checkServiceAndPlan(JsonNode body, boolean provision) {
    if (body == null || !body.isObject()) {
      return badRequest("The request body must be a JSON object.");
    }
    String serviceId = body.path("service_id").asText(null);
    String planId = body.path("plan_id").asText(null);
    if (serviceId == null || serviceId.isEmpty() || planId == null || planId.isEmpty()) {
      return badRequest("The request body must have \"service_id\" and \"plan_id\".");
    }
    if (!services.containsKey(serviceId)) {
      return badRequest("Service " + serviceId + " is not in this broker's catalog.");
    }
    if (!serviceId.equals(planService.get(planId))) {
      return badRequest("Plan " + planId + " is not a plan of service " + serviceName(serviceId) + ".");
    }
    if (provision && body.has("context") && !body.path("context").isObject()) {
      return badRequest("The field \"context\" must be a JSON object.");
    }
    return null;
  }

  private Response checkParameters(String planId, ParameterSchemas.Use use, ObjectNode parameters) {
    List<String> violations = schemas.violations(planId, use, parameters);
    if (violations.isEmpty()) {
      return null;
    }
    return badRequest("The parameters do not match the plan's schema: " + String.join("; ", violations)
        + ". Correct them and send the request again.");
  }

  private Response requireQuery(Map<String, String> query) {
    String serviceId = query.get("service_id");
    String planId = query.get("plan_id");
    if (serviceId == null || serviceId.isEmpty() || planId == null || planId.isEmpty()) {
      return badRequest("The query parameters \"service_id\" and \"plan_id\" are required.");
    }
    return null;
  }

  private static ObjectNode parameters(JsonNode body) {
    JsonNode parameters = body.get("parameters");
    if (parameters == null || parameters.isNull()) {
      return JSON.objectNode();
    }
    return parameters.isObject() ? ((ObjectNode) parameters).deepCopy() : null;
  }

  private static ObjectNode merged(ObjectNode current, ObjectNode changes) {
    ObjectNode merged = current.deepCopy();
    for (Map.Entry<String, JsonNode> change : changes.properties()) {
      merged.set(change.getKey(), change.getValue().deepCopy());
    }
    return merged;
  }

  private ObjectNode credentials(Instance instance, String bindingId, String planId, ObjectNode parameters) {
    BindingCredentials maker = definition.bindingCredentials().getOrDefault(instance.serviceId,
        SampleCredentials::generic);
    return maker.create(new BindingCredentials.Request(serviceName(instance.serviceId),
        plans.get(planId).path("name").asText(), instance.id, bindingId, instance.parameters.deepCopy(),
        parameters.deepCopy()));
  }

  private boolean isAsync(Behaviour behaviour) {
    return behaviour == Behaviour.ASYNCHRONOUS || behaviour == Behaviour.ASYNC_PROVISION_FAILS;
  }

  private boolean planUpdatable(String serviceId, String planId) {
    JsonNode plan = plans.get(planId);
    if (plan != null && plan.has("plan_updateable")) {
      return plan.path("plan_updateable").asBoolean();
    }
    return services.get(serviceId).path("plan_updateable").asBoolean(false);
  }

  private boolean bindable(String serviceId, String planId) {
    JsonNode plan = plans.get(planId);
    if (plan != null && plan.has("bindable")) {
      return plan.path("bindable").asBoolean();
    }
    return services.get(serviceId).path("bindable").asBoolean(false);
  }

  private String serviceName(String serviceId) {
    JsonNode service = services.get(serviceId);
    return service == null ? serviceId : service.path("name").asText(serviceId);
  }

  private Operation newOperation(Kind kind, Duration duration, String failure) {
    Instant now = clock.instant();
    String id = kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + operations.incrementAndGet();
    return new Operation(id, kind, now, now.plus(duration), failure);
  }

  private static ObjectNode provisionBody(Instance instance, String operation) {
    ObjectNode body = JSON.objectNode();
    body.put("dashboard_url", instance.dashboardUrl);
    if (operation != null) {
      body.put("operation", operation);
    }
    return body;
  }

  private static ObjectNode operationBody(String operation) {
    ObjectNode body = JSON.objectNode();
    body.put("operation", operation);
    return body;
  }

  private static ObjectNode bindingBody(Binding binding, boolean withParameters) {
    ObjectNode body = JSON.objectNode();
    body.set("credentials", binding.credentials.deepCopy());
    if (withParameters) {
      body.set("parameters", binding.parameters.deepCopy());
    }
    return body;
  }

  private static String bindingKey(String instanceId, String bindingId) {
    return instanceId + "/" + bindingId;
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static ObjectNode errorBody(String error, String description) {
    ObjectNode body = JSON.objectNode();
    if (error != null) {
      body.put("error", error);
    }
    body.put("description", Objects.requireNonNull(description));
    return body;
  }

  static Response error(int status, String error, String description) {
    return new Response(status, errorBody(error, description));
  }

  static Response badRequest(String description) {
    return error(HttpURLConnection.HTTP_BAD_REQUEST, null, description);
  }

  private static Response asyncRequired() {
    return error(UNPROCESSABLE, "AsyncRequired",
        "This service plan requires client support for asynchronous service operations.");
  }

  private static Response concurrencyError(String description) {
    return error(UNPROCESSABLE, "ConcurrencyError", description);
  }
}
