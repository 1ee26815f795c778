package io.servicecatalog.console.controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The data of a binding's Secret (upstream {@code injectServiceBinding}): one key per top-level credential, strings
 * stored raw and everything else as compact JSON, then {@code secretTransforms} applied in list order.
 */
final class BindingSecretData {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)]|\\['([^']*)']|\\[\"([^\"]*)\"]");

  /** A transform that cannot be applied; the binding's status reports it. */
  static final class TransformException extends Exception {
    private static final long serialVersionUID = 1L;

    TransformException(String message) {
      super(message, null, false, false);
    }
  }

  private BindingSecretData() {
  }

  static Map<String, byte[]> fromCredentials(JsonNode credentials) {
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (credentials == null || !credentials.isObject()) {
      return data;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = credentials.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      data.put(e.getKey(), render(e.getValue()));
    }
    return data;
  }

  private static byte[] render(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a credential value cannot be written as JSON", e);
    }
  }

  static Map<String, byte[]> transform(Map<String, byte[]> data, JsonNode credentials, List<SecretTransform> transforms,
      KubernetesClient client, String namespace) throws TransformException {
    if (transforms == null) {
      return data;
    }
    Map<String, byte[]> out = new LinkedHashMap<>(data);
    for (SecretTransform t : transforms) {
      if (t.getAddKey() != null) {
        AddKeyTransform add = t.getAddKey();
        byte[] value;
        if (add.getJsonPathExpression() != null) {
          value = render(jsonPath(credentials, add.getJsonPathExpression()));
        } else if (add.getStringValue() != null) {
          value = add.getStringValue().getBytes(StandardCharsets.UTF_8);
        } else {
          value = add.getValue() == null ? new byte[0] : add.getValue();
        }
        out.put(add.getKey(), value);
      }
      if (t.getRenameKey() != null) {
        byte[] value = out.remove(t.getRenameKey().getFrom());
        if (value != null) {
          out.put(t.getRenameKey().getTo(), value);
        }
      }
      if (t.getAddKeysFrom() != null && t.getAddKeysFrom().getSecretRef() != null) {
        var ref = t.getAddKeysFrom().getSecretRef();
        String ns = ref.getNamespace() == null ? namespace : ref.getNamespace();
        Secret source = client.secrets().inNamespace(ns).withName(ref.getName()).get();
        if (source == null) {
          throw new TransformException("secretTransforms addKeysFrom names secret \"" + ns + "/" + ref.getName()
              + "\", which does not exist. Create it or remove the transform.");
        }
        out.putAll(Secrets.decodeBytes(source));
      }
      if (t.getRemoveKey() != null) {
        out.remove(t.getRemoveKey().getKey());
      }
    }
    return out;
  }

  /**
   * Evaluates a Kubernetes JSONPath template such as {@code {.foo.bar[0]}} against the credentials (fields, array
   * indexes and bracketed names; no filters or wildcards).
   */
  static JsonNode jsonPath(JsonNode credentials, String expression) throws TransformException {
    String path = expression.trim();
    if (path.startsWith("{") && path.endsWith("}")) {
      path = path.substring(1, path.length() - 1).trim();
    }
    if (path.startsWith("$")) {
      path = path.substring(1);
    }
    JsonNode current = credentials;
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (m.find()) {
      if (m.start() != end) {
        break;
      }
      end = m.end();
      if (m.group(2) != null) {
        current = current == null ? null : current.get(Integer.parseInt(m.group(2)));
      } else {
        String field = m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4);
        current = current == null ? null : current.get(field);
      }
    }
    if (end != path.length()) {
      throw new TransformException("The JSONPath expression " + expression + " is not supported. Use a path of"
          + " fields and indexes such as {.uri} or {.hosts[0]}.");
    }
    if (current == null || current.isMissingNode()) {
      throw new TransformException("The JSONPath expression " + expression + " finds nothing in the credentials"
          + " the broker returned.");
    }
    return current;
  }
}
