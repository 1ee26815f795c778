package io.servicecatalog.console.app.provision;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReview;
import io.fabric8.kubernetes.api.model.authorization.v1.SelfSubjectAccessReviewBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.connection.ActionErrors;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates what the provision wizard built, in order (a new namespace, the parameters Secret, the
 * ServiceInstance), and the follow-up actions on an instance (retry by touching it, delete). Blocking: call off
 * the FX thread. Failures come back as {@link io.servicecatalog.console.app.ConsoleException}s with sentences.
 * One Provisioner serves one wizard, so a retry after a failed create reuses the Secret it wrote itself.
 */
public final class Provisioner {

  private static final Logger LOG = LoggerFactory.getLogger(Provisioner.class);

  private final KubernetesClient client;
  /** namespace/name of the parameters Secret this wizard created and still owns. */
  private String ownSecret;

  public Provisioner(KubernetesClient client) {
    this.client = Objects.requireNonNull(client);
  }

  /** The namespaces the user can see, by name; empty when listing them is not allowed. */
  public List<String> namespaces() {
    try {
      return client.namespaces().list().getItems().stream().map(n -> n.getMetadata().getName()).sorted().toList();
    } catch (KubernetesClientException e) {
      LOG.info("Cannot list namespaces ({}): the wizard offers the console's namespace only", e.getCode());
      return List.of();
    }
  }

  /** Whether the API server lets the user create namespaces (a SelfSubjectAccessReview; no answer is a no). */
  public boolean mayCreateNamespace() {
    SelfSubjectAccessReview review = new SelfSubjectAccessReviewBuilder()
        .withNewSpec().withNewResourceAttributes().withVerb("create").withResource("namespaces")
        .endResourceAttributes().endSpec().build();
    try {
      SelfSubjectAccessReview answer = client.authorization().v1().selfSubjectAccessReview().create(review);
      return answer != null && answer.getStatus() != null && Boolean.TRUE.equals(answer.getStatus().getAllowed());
    } catch (KubernetesClientException e) {
      return false;
    }
  }

  /**
   * Creates the objects: {@code newNamespace} first if given, then {@code secret}, then {@code instance}. If the
   * instance cannot be created, the Secret written in this attempt is removed again so nothing half-made stays.
   *
   * @return the instance as the API server stored it
   */
  public ServiceInstance create(Optional<String> newNamespace, Optional<Secret> secret, ServiceInstance instance) {
    String ns = instance.getMetadata().getNamespace();
    String name = instance.getMetadata().getName();
    if (newNamespace.isPresent()) {
      try {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(newNamespace.get())
            .endMetadata().build()).create();
      } catch (KubernetesClientException e) {
        if (e.getCode() != 409) {
          throw ActionErrors.describeKeepingInput(e, new Action("create", "", "namespaces", null, newNamespace.get()));
        }
      }
    }
    ServiceInstance existing;
    try {
      existing = client.resources(ServiceInstance.class).inNamespace(ns).withName(name).get();
    } catch (KubernetesClientException e) {
      throw ActionErrors.describeKeepingInput(e, Action.on("get", ServiceCatalogKind.SERVICE_INSTANCE, ns, name));
    }
    if (existing != null) {
      throw ActionErrors.describeKeepingInput(
          new KubernetesClientException("serviceinstances \"" + name + "\" already exists", 409, null),
          Action.on("create", ServiceCatalogKind.SERVICE_INSTANCE, ns, name));
    }
    boolean wroteSecret = false;
    if (secret.isPresent()) {
      Secret s = secret.get();
      String key = s.getMetadata().getNamespace() + "/" + s.getMetadata().getName();
      try {
        client.resource(s).create();
        ownSecret = key;
        wroteSecret = true;
      } catch (KubernetesClientException e) {
        if (e.getCode() == 409 && key.equals(ownSecret)) {
          replaceOwnSecret(s);
          wroteSecret = true;
        } else {
          throw ActionErrors.describeKeepingInput(e, Action.onSecret("create", s.getMetadata().getNamespace(), s.getMetadata().getName()));
        }
      }
    }
    try {
      return client.resource(instance).create();
    } catch (KubernetesClientException e) {
      if (wroteSecret) {
        removeOwnSecret(secret.get());
      }
      throw ActionErrors.describeKeepingInput(e, Action.on("create", ServiceCatalogKind.SERVICE_INSTANCE, ns, name));
    }
  }

  private void replaceOwnSecret(Secret s) {
    try {
      client.secrets().inNamespace(s.getMetadata().getNamespace()).withName(s.getMetadata().getName())
          .edit(existing -> {
            existing.setData(null);
            existing.setStringData(s.getStringData());
            return existing;
          });
    } catch (KubernetesClientException e) {
      throw ActionErrors.describeKeepingInput(e, Action.onSecret("update", s.getMetadata().getNamespace(), s.getMetadata().getName()));
    }
  }

  private void removeOwnSecret(Secret s) {
    try {
      client.secrets().inNamespace(s.getMetadata().getNamespace()).withName(s.getMetadata().getName()).delete();
      ownSecret = null;
    } catch (KubernetesClientException e) {
      // Kept as ours: a retry then updates it instead of tripping over it.
      LOG.info("Could not remove parameters Secret {} after a failed create: {}", s.getMetadata().getName(),
          e.getMessage());
    }
  }

  /**
   * Asks the controller to try again: increments {@code spec.updateRequests}, which makes it send the request
   * to the broker once more (svcat's "touch").
   */
  public ServiceInstance touch(ServiceInstance instance) {
    String ns = instance.getMetadata().getNamespace();
    String name = instance.getMetadata().getName();
    try {
      // edit() reads, changes and writes with the read resourceVersion, so a concurrent change is not lost.
      return client.resources(ServiceInstance.class).inNamespace(ns).withName(name).edit(current -> {
        current.getSpec().setUpdateRequests(Objects.requireNonNullElse(current.getSpec().getUpdateRequests(), 0L) + 1);
        return current;
      });
    } catch (KubernetesClientException e) {
      throw ActionErrors.describe(e, Action.on("update", ServiceCatalogKind.SERVICE_INSTANCE, ns, name));
    }
  }

  /** Deletes the instance: the controller deprovisions it at the broker, then it disappears. */
  public void delete(ServiceInstance instance) {
    String ns = instance.getMetadata().getNamespace();
    String name = instance.getMetadata().getName();
    try {
      client.resources(ServiceInstance.class).inNamespace(ns).withName(name).delete();
    } catch (KubernetesClientException e) {
      throw ActionErrors.describe(e, Action.on("delete", ServiceCatalogKind.SERVICE_INSTANCE, ns, name));
    }
  }
}
