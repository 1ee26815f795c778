package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.servicecatalog.console.app.ConsoleException;
import io.servicecatalog.console.app.connection.ActionErrors.Action;
import io.servicecatalog.console.model.ServiceCatalogKind;
import io.servicecatalog.console.model.v1beta1.ClusterServiceBroker;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActionErrorsTest {

  private static KubernetesClientException http(int code, String message) {
    return new KubernetesClientException(new StatusBuilder().withCode(code).withMessage(message).build());
  }

  @Test
  @DisplayName("403 names the verb, the resource as plural.group, the namespace and the Role rule that would allow it")
  void forbiddenNamespaced() {
    ConsoleException e = ActionErrors.describe(
        http(403, "serviceinstances.servicecatalog.k8s.io \"db\" is forbidden: User \"bob\" cannot delete resource"),
        Action.on("delete", ServiceCatalogKind.SERVICE_INSTANCE, "team-a", "db"));
    assertThat(e.title()).isEqualTo("Access denied");
    assertThat(e.message()).startsWith("You may not delete serviceinstances.servicecatalog.k8s.io db in namespace team-a.")
        .contains("User \"bob\" cannot delete");
    assertThat(e.action()).contains("Role in namespace team-a")
        .contains("apiGroups: [\"servicecatalog.k8s.io\"], resources: [serviceinstances], verbs: [delete]")
        .contains("RoleBinding in team-a");
  }

  @Test
  @DisplayName("403 on a cluster-scoped kind asks for a ClusterRole and a ClusterRoleBinding")
  void forbiddenClusterScoped() {
    ClusterServiceBroker broker = new ClusterServiceBroker();
    broker.getMetadata().setName("cloud-broker");
    ConsoleException e = ActionErrors.describe(http(403, "forbidden"), Action.on("update", broker));
    assertThat(e.message()).startsWith("You may not update clusterservicebrokers.servicecatalog.k8s.io cloud-broker cluster-wide.");
    assertThat(e.action()).contains("ClusterRole").contains("ClusterRoleBinding").contains("verbs: [update]");
  }

  @Test
  @DisplayName("403 on a core kind (a Secret) uses the core group and the plain plural")
  void forbiddenSecret() {
    var secret = new SecretBuilder().withNewMetadata().withName("db-credentials").withNamespace("demo").endMetadata().build();
    ConsoleException e = ActionErrors.describe(new CompletionException(http(403, "no")), Action.on("get", secret));
    assertThat(e.message()).startsWith("You may not get secrets db-credentials in namespace demo.");
    assertThat(e.action()).contains("apiGroups: [\"\"], resources: [secrets], verbs: [get]");
    assertThat(ActionErrors.describe(http(403, "no"), "list", "secrets", "demo").message())
        .startsWith("You may not list secrets in namespace demo.");
    assertThat(ActionErrors.describe(http(403, "no"), "create", "servicebindings.servicecatalog.k8s.io", "demo").action())
        .contains("apiGroups: [\"servicecatalog.k8s.io\"], resources: [servicebindings], verbs: [create]");
  }

  @Test
  @DisplayName("401 says the credentials are no longer accepted and to log in again")
  void unauthorized() {
    ConsoleException e = ActionErrors.describe(http(401, "Unauthorized"), Action.on("create", ServiceCatalogKind.SERVICE_BINDING, "demo", "b"));
    assertThat(e.title()).isEqualTo("Your credentials are no longer accepted");
    assertThat(e.message()).contains("401").contains("create servicebindings.servicecatalog.k8s.io b in namespace demo");
    assertThat(e.action()).contains("Log in again");
  }

  @Test
  @DisplayName("409 on create says the name is taken; 409 on update says someone else changed it")
  void conflicts() {
    Action create = Action.on("create", ServiceCatalogKind.CLUSTER_SERVICE_BROKER, null, "cloud-broker");
    ConsoleException taken = ActionErrors.describe(http(409, "already exists"), create);
    assertThat(taken.title()).isEqualTo("The name is taken");
    assertThat(taken.message()).isEqualTo("The name cloud-broker is already taken among clusterservicebrokers.servicecatalog.k8s.io cluster-wide.");
    assertThat(taken.action()).contains("another name");
    ConsoleException stale = ActionErrors.describe(http(409, "the object has been modified"),
        Action.on("update", ServiceCatalogKind.SERVICE_INSTANCE, "demo", "db"));
    assertThat(stale.title()).isEqualTo("Changed by someone else");
    assertThat(stale.action()).contains("Reopen it");
  }

  @Test
  @DisplayName("404 and 422 say what is gone or which fields were refused")
  void notFoundAndInvalid() {
    assertThat(ActionErrors.describe(http(404, "not found"), Action.on("delete", ServiceCatalogKind.SERVICE_BINDING, "demo", "b")).message())
        .isEqualTo("servicebindings.servicecatalog.k8s.io b no longer exists in namespace demo; someone may have deleted it.");
    KubernetesClientException invalid = new KubernetesClientException(new StatusBuilder().withCode(422).withMessage("invalid")
        .withNewDetails().addNewCause().withField("spec.url").withMessage("Required value").endCause().endDetails().build());
    ConsoleException e = ActionErrors.describe(invalid, Action.on("create", ServiceCatalogKind.CLUSTER_SERVICE_BROKER, null, "x"));
    assertThat(e.message()).contains("spec.url: Required value");
  }

  @Test
  @DisplayName("an unreachable or silent server, a 5xx and anything else each get a sentence and an action")
  void transportAndOther() {
    Action action = Action.on("update", ServiceCatalogKind.SERVICE_INSTANCE, "demo", "db");
    assertThat(ActionErrors.describe(new KubernetesClientException("x", new IOException(new ConnectException("refused"))), action).title())
        .isEqualTo("Cannot reach the API server");
    assertThat(ActionErrors.describe(new KubernetesClientException("x", new SocketTimeoutException("read timed out")), action).title())
        .isEqualTo("The API server did not answer in time");
    assertThat(ActionErrors.describe(http(503, "etcd unavailable"), action).message()).contains("503").contains("etcd unavailable");
    ConsoleException other = ActionErrors.describe(new IllegalStateException("odd"), action);
    assertThat(other.message()).contains("odd");
    assertThat(other.action()).isNotBlank();
    assertThat(ActionErrors.sentence(http(404, "x"), action)).contains("no longer exists").contains("The list updates by itself");
  }

  @Test
  @DisplayName("403 on creating a Namespace asks for a ClusterRole on namespaces in the core group")
  void forbiddenCreateNamespace() {
    var namespace = new NamespaceBuilder().withNewMetadata().withName("fresh").endMetadata().build();
    ConsoleException e = ActionErrors.describe(http(403, "namespaces is forbidden"), Action.on("create", namespace));
    assertThat(e.message()).startsWith("You may not create namespaces fresh cluster-wide.");
    assertThat(e.action()).contains("ClusterRole with the rule apiGroups: [\"\"], resources: [namespaces], verbs: [create]")
        .contains("ClusterRoleBinding");
  }

  @Test
  @DisplayName("403 on creating a Secret or a ServiceInstance names the resource, the namespace and the Role rule")
  void forbiddenCreateSecretAndInstance() {
    var secret = new SecretBuilder().withNewMetadata().withName("db-parameters").withNamespace("demo").endMetadata().build();
    ConsoleException s = ActionErrors.describe(http(403, "no"), Action.on("create", secret));
    assertThat(s.message()).startsWith("You may not create secrets db-parameters in namespace demo.");
    assertThat(s.action()).contains("Role in namespace demo with the rule apiGroups: [\"\"], resources: [secrets], verbs: [create]");
    ServiceInstance instance = new ServiceInstance();
    instance.getMetadata().setName("orders-db");
    instance.getMetadata().setNamespace("demo");
    ConsoleException i = ActionErrors.describe(http(403, "no"), Action.on("create", instance));
    assertThat(i.message()).startsWith("You may not create serviceinstances.servicecatalog.k8s.io orders-db in namespace demo.");
    assertThat(i.action()).contains("apiGroups: [\"servicecatalog.k8s.io\"], resources: [serviceinstances], verbs: [create]")
        .contains("RoleBinding in demo");
  }

  @ParameterizedTest(name = "403 on {0} {1}")
  @CsvSource({"delete,serviceinstances", "update,serviceinstances", "delete,servicebindings", "update,servicebindings"})
  @DisplayName("403 on deleting or updating an instance or a binding names verb, plural.group, namespace and rule")
  void forbiddenDeleteAndUpdate(String verb, String plural) {
    var kind = plural.equals("serviceinstances") ? ServiceCatalogKind.SERVICE_INSTANCE : ServiceCatalogKind.SERVICE_BINDING;
    String sentence = ActionErrors.sentence(http(403, "denied by RBAC"), Action.on(verb, kind, "team-a", "x"));
    assertThat(sentence).startsWith("You may not " + verb + " " + plural + ".servicecatalog.k8s.io x in namespace team-a.")
        .contains("denied by RBAC")
        .contains("Role in namespace team-a with the rule apiGroups: [\"servicecatalog.k8s.io\"], resources: [" + plural
            + "], verbs: [" + verb + "]");
  }

  @Test
  @DisplayName("a create refused with 404 says the namespace may be missing; 400 reads as refused values")
  void createSpecifics() {
    Action create = Action.on("create", ServiceCatalogKind.SERVICE_INSTANCE, "gone", "db");
    ConsoleException missing = ActionErrors.describe(http(404, "namespaces \"gone\" not found"), create);
    assertThat(missing.title()).isEqualTo("Something it needs is missing");
    assertThat(missing.message()).contains("in namespace gone").contains("namespaces \"gone\" not found");
    assertThat(missing.action()).contains("namespace still exists");
    assertThat(ActionErrors.describe(http(400, "bad request"), create).title()).isEqualTo("The API server refused the object");
  }

  @Test
  @DisplayName("a wizard's description adds once that everything entered is kept; a broken connection reads as unreachable")
  void keepingInput() {
    Action create = Action.on("create", ServiceCatalogKind.SERVICE_BINDING, "demo", "b");
    ConsoleException e = ActionErrors.describeKeepingInput(new KubernetesClientException("x", new IOException("Connection reset")), create);
    assertThat(e.title()).isEqualTo("Cannot reach the API server");
    assertThat(e.action()).endsWith("Everything you entered is kept.");
    assertThat(ActionErrors.describeKeepingInput(e, create).action()).isEqualTo(e.action());
    assertThat(e.getCause()).isInstanceOf(KubernetesClientException.class);
  }
}
