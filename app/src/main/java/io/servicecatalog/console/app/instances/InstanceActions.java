package io.servicecatalog.console.app.instances;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.OwnerReferenceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import io.servicecatalog.console.model.v1beta1.SecretKeyReference;
import io.servicecatalog.console.model.v1beta1.ServiceBinding;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What the console does to a ServiceInstance: touch it ({@code spec.updateRequests}+1, so the controller sends
 * the update again), apply an {@link InstanceUpdate}, deprovision it (optionally unbinding its bindings first),
 * and abandon it (remove the finalizer, so the object goes without the broker being told). Every write reads the
 * newest version and retries on 409 Conflict, as kubectl's retry-on-conflict does. Blocking calls: run them on
 * the background executor. Failures come as {@link ConsoleException}s from {@link ActionErrors}, naming the
 * refused verb, resource and namespace.
 */
public final class InstanceActions {

  static final int ATTEMPTS = 5;
  /** The key of a parameters Secret the console writes; its value is a JSON object (what parametersFrom expects). */
  public static final String PARAMETERS_KEY = "parameters";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final KubernetesClient client;

  public InstanceActions(KubernetesClient client) {
    this.client = client;
  }

  /**
   * Adds one to {@code spec.updateRequests} of the newest version: the controller then sends the update again
   * (svcat's {@code touch instance}). It might do an update, a delete, or nothing.
   *
   * @return the new updateRequests
   */
  public long touch(ServiceInstance instance) {
    long[] next = new long[1];
    write(instance, latest -> {
      next[0] = Objects.requireNonNullElse(latest.getSpec().getUpdateRequests(), 0L) + 1;
      latest.getSpec().setUpdateRequests(next[0]);
      return latest;
    });
    return next[0];
  }

  /**
   * Applies {@code update} to the newest version of the instance. Sensitive parameters go to a parameters Secret
   * first: into the Secret the instance already takes that key from, else into {@code <instance>-parameters},
   * which is then added to {@code parametersFrom}.
   *
   * @return the instance as the server stored it
   */
  public ServiceInstance update(InstanceUpdate update) {
    ObjectNode secret = update.changedSecret();
    SecretKeyReference target = secret.isEmpty() ? null : writeSecretParameters(update.instance(), secret);
    return write(update.instance(), latest -> {
      ServiceInstance changed = update.applyTo(latest);
      if (target != null) {
        List<ParametersFromSource> from = changed.getSpec().getParametersFrom() == null ? new ArrayList<>()
            : new ArrayList<>(changed.getSpec().getParametersFrom());
        boolean present = from.stream().anyMatch(f -> f.getSecretKeyRef() != null
            && target.getName().equals(f.getSecretKeyRef().getName()) && target.getKey().equals(f.getSecretKeyRef().getKey()));
        if (!present) {
          ParametersFromSource source = new ParametersFromSource();
          source.setSecretKeyRef(target);
          from.add(source);
          changed.getSpec().setParametersFrom(from);
        }
      }
      return changed;
    });
  }

  /** Asks the server to delete the instance; the controller deprovisions it through the broker, then lets it go. */
  public void delete(ServiceInstance instance) {
    call(Action.on("delete", instance), () -> client.resource(instance).delete());
  }

  /**
   * Deletes the instance's bindings, waits until the controller has unbound them and they are gone, then deletes
   * the instance (the controller will not deprovision while bindings exist).
   *
   * @throws KubernetesClientException when a binding is still there after {@code wait}; the instance is then
   *     left as it was
   */
  public void unbindAndDelete(ServiceInstance instance, List<ServiceBinding> bindings, Duration wait) {
    for (ServiceBinding binding : bindings) {
      call(Action.on("delete", binding), () -> client.resource(binding).delete());
    }
    long deadline = System.nanoTime() + wait.toNanos();
    for (ServiceBinding binding : bindings) {
      long left = Math.max(1, deadline - System.nanoTime());
      try {
        client.resources(ServiceBinding.class).inNamespace(binding.getMetadata().getNamespace())
            .withName(binding.getMetadata().getName()).waitUntilCondition(Objects::isNull, left, TimeUnit.NANOSECONDS);
      } catch (KubernetesClientException e) {
        throw new ConsoleException(I18n.t("deprovision.unbindTimeout.title"),
            I18n.t("deprovision.unbindTimeout", binding.getMetadata().getName(), wait.toSeconds()),
            I18n.t("deprovision.unbindTimeout.action"), e);
      }
    }
    delete(instance);
  }

  /**
   * Abandons the instance: removes the Service Catalog finalizer and deletes it, so it disappears without the
   * broker deprovisioning anything (svcat's {@code deprovision --abandon}). Its bindings are left alone.
   */
  public void abandon(ServiceInstance instance) {
    ServiceInstance stored = write(instance, latest -> {
      List<String> finalizers = latest.getMetadata().getFinalizers() == null ? new ArrayList<>()
          : new ArrayList<>(latest.getMetadata().getFinalizers());
      finalizers.remove(ServiceCatalogKind.FINALIZER);
      latest.getMetadata().setFinalizers(finalizers);
      return latest;
    });
    if (stored != null && !stored.isMarkedForDeletion()) {
      call(Action.on("delete", stored), () -> client.resource(stored).delete());
    }
  }

  /** Reads the newest version, changes it and writes it; on 409 Conflict reads again (a few times). */
  private ServiceInstance write(ServiceInstance instance, UnaryOperator<ServiceInstance> change) {
    Action action = Action.on("update", instance);
    for (int attempt = 1; ; attempt++) {
      ServiceInstance latest = call(Action.on("get", instance), () -> latest(instance));
      try {
        return client.resource(change.apply(latest)).update();
      } catch (KubernetesClientException e) {
        if (e.getCode() != HttpURLConnection.HTTP_CONFLICT || attempt >= ATTEMPTS) {
          throw ActionErrors.describe(e, action);
        }
      }
    }
  }

  /** Runs one API call; a refusal or failure becomes a ConsoleException that names {@code action}. */
  private static <T> T call(Action action, Supplier<T> request) {
    try {
      return request.get();
    } catch (KubernetesClientException e) {
      throw ActionErrors.describe(e, action);
    }
  }

  private ServiceInstance latest(ServiceInstance instance) {
    ServiceInstance current = client.resources(ServiceInstance.class).inNamespace(instance.getMetadata().getNamespace())
        .withName(instance.getMetadata().getName()).get();
    if (current == null) {
      throw new KubernetesClientException("The instance " + instance.getMetadata().getName() + " no longer exists.",
          HttpURLConnection.HTTP_NOT_FOUND, null);
    }
    return current;
  }

  /**
   * Merges {@code values} into the parameters Secret that already provides one of these keys, else into
   * {@code <instance>-parameters} (created with the instance as owner, so it goes when the instance goes).
   */
  SecretKeyReference writeSecretParameters(ServiceInstance instance, ObjectNode values) {
    String namespace = instance.getMetadata().getNamespace();
    List<ParametersFromSource> from = instance.getSpec().getParametersFrom() == null ? List.of()
        : instance.getSpec().getParametersFrom();
    for (ParametersFromSource source : from) {
      SecretKeyReference ref = source.getSecretKeyRef();
      if (ref == null) {
        continue;
      }
      Secret secret = call(Action.onSecret("get", namespace, ref.getName()),
          () -> client.secrets().inNamespace(namespace).withName(ref.getName()).get());
      ObjectNode held = secret == null ? null : parametersOf(secret, ref.getKey());
      if (held != null && anyKeyIn(values, held)) {
        held.setAll(values);
        call(Action.onSecret("update", namespace, ref.getName()), () -> client.secrets().inNamespace(namespace).withName(ref.getName()).edit(s -> {
          Map<String, String> data = s.getData() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(s.getData());
          data.put(ref.getKey(), encode(held));
          s.setData(data);
          if (s.getStringData() != null) {
            s.getStringData().remove(ref.getKey());
          }
          return s;
        }));
        return ref;
      }
    }
    String name = instance.getMetadata().getName() + "-parameters";
    Secret existing = call(Action.onSecret("get", namespace, name),
        () -> client.secrets().inNamespace(namespace).withName(name).get());
    ObjectNode merged = existing == null ? JSON.createObjectNode() : Objects.requireNonNullElse(parametersOf(existing, PARAMETERS_KEY), JSON.createObjectNode());
    merged.setAll(values);
    if (existing == null) {
      call(Action.onSecret("create", namespace, name), () -> client.secrets().inNamespace(namespace).resource(new SecretBuilder()
          .withNewMetadata().withName(name).withNamespace(namespace)
          .withOwnerReferences(new OwnerReferenceBuilder().withApiVersion(ServiceCatalogKind.API_VERSION)
              .withKind("ServiceInstance").withName(instance.getMetadata().getName())
              .withUid(instance.getMetadata().getUid()).build())
          .endMetadata()
          .withType("Opaque").addToData(PARAMETERS_KEY, encode(merged)).build()).create());
    } else {
      call(Action.onSecret("update", namespace, name), () -> client.secrets().inNamespace(namespace).withName(name).edit(s -> {
        Map<String, String> data = s.getData() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(s.getData());
        data.put(PARAMETERS_KEY, encode(merged));
        s.setData(data);
        return s;
      }));
    }
    SecretKeyReference ref = new SecretKeyReference();
    ref.setName(name);
    ref.setKey(PARAMETERS_KEY);
    return ref;
  }

  private static ObjectNode parametersOf(Secret secret, String key) {
    String raw = null;
    if (secret.getStringData() != null && secret.getStringData().containsKey(key)) {
      raw = secret.getStringData().get(key);
    } else if (secret.getData() != null && secret.getData().containsKey(key)) {
      raw = new String(Base64.getDecoder().decode(secret.getData().get(key)), StandardCharsets.UTF_8);
    }
    if (raw == null) {
      return null;
    }
    try {
      JsonNode node = JSON.readTree(raw);
      return node instanceof ObjectNode o ? o : null;
    } catch (JsonProcessingException e) {
      // Not a JSON object: parametersFrom could not use it either, so it holds none of our keys.
      return null;
    }
  }

  private static boolean anyKeyIn(ObjectNode values, ObjectNode held) {
    for (var it = values.fieldNames(); it.hasNext(); ) {
      if (held.has(it.next())) {
        return true;
      }
    }
    return false;
  }

  private static String encode(ObjectNode values) {
    try {
      return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(values));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("parameters cannot be written as JSON", e);
    }
  }
}
