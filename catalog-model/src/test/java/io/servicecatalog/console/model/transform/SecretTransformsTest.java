package io.servicecatalog.console.model.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicecatalog.console.model.transform.SecretTransforms.TransformException;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.AddKeysFromTransform;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.RemoveKeyTransform;
import io.servicecatalog.console.model.v1beta1.RenameKeyTransform;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SecretTransformsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  static SecretTransform rename(String from, String to) {
    RenameKeyTransform r = new RenameKeyTransform();
    r.setFrom(from);
    r.setTo(to);
    SecretTransform t = new SecretTransform();
    t.setRenameKey(r);
    return t;
  }

  static SecretTransform remove(String key) {
    RemoveKeyTransform r = new RemoveKeyTransform();
    r.setKey(key);
    SecretTransform t = new SecretTransform();
    t.setRemoveKey(r);
    return t;
  }

  static SecretTransform add(String key, String stringValue, String jsonPath) {
    AddKeyTransform a = new AddKeyTransform();
    a.setKey(key);
    a.setStringValue(stringValue);
    a.setJsonPathExpression(jsonPath);
    SecretTransform t = new SecretTransform();
    t.setAddKey(a);
    return t;
  }

  static SecretTransform from(String secret) {
    ObjectReference ref = new ObjectReference();
    ref.setName(secret);
    AddKeysFromTransform a = new AddKeysFromTransform();
    a.setSecretRef(ref);
    SecretTransform t = new SecretTransform();
    t.setAddKeysFrom(a);
    return t;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Test
  @DisplayName("credentials become one key each: strings raw, numbers and objects as compact JSON")
  void fromCredentials() throws Exception {
    JsonNode credentials = JSON.readTree("{\"uri\": \"pg://h\", \"port\": 5432, \"tls\": {\"on\": true}}");
    Map<String, byte[]> data = SecretTransforms.fromCredentials(credentials);
    assertThat(data.keySet()).containsExactly("uri", "port", "tls");
    assertThat(text(data.get("uri"))).isEqualTo("pg://h");
    assertThat(text(data.get("port"))).isEqualTo("5432");
    assertThat(text(data.get("tls"))).isEqualTo("{\"on\":true}");
  }

  @Test
  @DisplayName("transforms apply in list order: add (JSONPath before string), rename, add from a Secret, remove")
  void appliesInOrder() throws Exception {
    JsonNode credentials = JSON.readTree("{\"uri\": \"pg://h\", \"hosts\": [\"a\", \"b\"], \"password\": \"pw\"}");
    Map<String, byte[]> data = SecretTransforms.fromCredentials(credentials);
    List<SecretTransform> transforms = List.of(rename("uri", "DATABASE_URL"), add("FIRST_HOST", "ignored", "{.hosts[0]}"),
        add("MODE", "rw", null), from("extra"), remove("hosts"), rename("missing", "nothing"));
    Map<String, byte[]> out = SecretTransforms.apply(data, transforms, new SecretTransforms.Values<>() {
      @Override
      public byte[] added(AddKeyTransform a) throws TransformException {
        return SecretTransforms.addedValue(a, credentials);
      }

      @Override
      public Map<String, byte[]> fromSecret(ObjectReference ref) {
        assertThat(ref.getName()).isEqualTo("extra");
        return Map.of("CA", "pem".getBytes(StandardCharsets.UTF_8));
      }
    });
    assertThat(out.keySet()).containsExactly("password", "DATABASE_URL", "FIRST_HOST", "MODE", "CA");
    assertThat(text(out.get("FIRST_HOST"))).isEqualTo("a");
    assertThat(text(out.get("MODE"))).isEqualTo("rw");
    assertThat(data).containsKey("uri");
  }

  @Test
  @DisplayName("works on any value type, so the console can preview keys and where each comes from")
  void previewsKeys() throws Exception {
    Map<String, String> known = new LinkedHashMap<>();
    known.put("uri", "broker");
    known.put("password", "broker");
    Map<String, String> out = SecretTransforms.apply(known, List.of(rename("uri", "URL"), add("X", "1", null)),
        new SecretTransforms.Values<>() {
          @Override
          public String added(AddKeyTransform a) {
            return "added";
          }

          @Override
          public Map<String, String> fromSecret(ObjectReference ref) {
            return Map.of();
          }
        });
    assertThat(out).containsExactly(Map.entry("password", "broker"), Map.entry("URL", "broker"), Map.entry("X", "added"));
  }

  @Test
  @DisplayName("JSONPath: fields, indexes and bracketed names are supported; filters are refused with a hint")
  void jsonPath() throws Exception {
    JsonNode credentials = JSON.readTree("{\"a\": {\"b\": 1, \"c d\": [5]}}");
    assertThat(SecretTransforms.jsonPath(credentials, "{.a.b}").asInt()).isEqualTo(1);
    assertThat(SecretTransforms.jsonPath(credentials, "{.a['c d'][0]}").asInt()).isEqualTo(5);
    assertThatThrownBy(() -> SecretTransforms.jsonPath(credentials, "{.a.x}")).hasMessageContaining("finds nothing");
    assertThat(SecretTransforms.checkJsonPath("{.a.b}")).isEmpty();
    assertThat(SecretTransforms.checkJsonPath("{.hosts[0]}")).isEmpty();
    assertThat(SecretTransforms.checkJsonPath("{.a[?(@.x)]}")).get().asString().contains("not supported");
    assertThat(SecretTransforms.checkJsonPath(" ")).get().asString().contains("{.uri}");
    assertThat(SecretTransforms.checkJsonPath("{}")).isPresent();
  }
}
