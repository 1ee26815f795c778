package io.servicecatalog.console.app.bindings;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.app.MockCluster;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretAccessTest {

  private static final Map<String, String> MESSAGES = Map.of("missing", "missing", "forbidden", "forbidden");

  @Test
  @DisplayName("values may be revealed only when the API server says the user may get the Secret")
  void revealOnlyWhenAllowed() {
    try (MockCluster allowed = MockCluster.withExpectations().withNamespaces("fixtures").withFixture("secret-test-binding-plain.json")
        .answerAccessReviews(true);
        MockCluster denied = MockCluster.withExpectations().withNamespaces("fixtures").withFixture("secret-test-binding-plain.json")
            .answerAccessReviews(false)) {
      SecretAccess.View yes = new SecretAccess(allowed.client()).read("fixtures", "test-binding", MESSAGES);
      assertThat(yes.mayReveal()).isTrue();
      assertThat(yes.keys()).containsOnlyKeys("special-key-1", "special-key-2");
      SecretAccess.View no = new SecretAccess(denied.client()).read("fixtures", "test-binding", MESSAGES);
      assertThat(no.mayReveal()).isFalse();
      assertThat(no.toString()).doesNotContain(yes.keys().get("special-key-1"));
    }
  }

  @Test
  @DisplayName("an access review without an answer counts as no; a missing Secret says so")
  void noAnswerAndMissing() {
    try (MockCluster plain = new MockCluster().withNamespaces("fixtures").withFixture("secret-test-binding-plain.json")) {
      SecretAccess access = new SecretAccess(plain.client());
      assertThat(access.mayGet("fixtures", "test-binding")).isFalse();
      assertThat(access.read("fixtures", "nope", MESSAGES).problem()).isEqualTo("missing");
    }
  }

  @Test
  @DisplayName("a Secret the user may not read says which verb, resource and namespace were refused and which Role rule allows it")
  void forbiddenSecretNamesThePermission() {
    try (MockCluster rbac = MockCluster.withExpectations().answerAccessReviews(false)
        .failWith("GET", "/api/v1/namespaces/fixtures/secrets/test-binding", 403, "secrets \"test-binding\" is forbidden")) {
      SecretAccess.View view = new SecretAccess(rbac.client()).read("fixtures", "test-binding", MESSAGES);
      assertThat(view.mayReveal()).isFalse();
      assertThat(view.keys()).isEmpty();
      assertThat(view.problem()).startsWith("You may not get secrets test-binding in namespace fixtures.")
          .contains("apiGroups: [\"\"], resources: [secrets], verbs: [get]").contains("RoleBinding in fixtures");
    }
  }
}
