package io.servicecatalog.console.model.transform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Service Catalog's rules for a binding's Secret (upstream {@code injectServiceBinding}): one key per top-level
 * credential, strings stored raw and everything else as compact JSON, then {@code secretTransforms} applied in list
 * order, and within one item addKey, renameKey, addKeysFrom, removeKey. The controller applies them to real values;
 * the console applies the same function to what it knows before binding (key names and where they come from) to
 * preview the Secret's keys.
 */
public final class SecretTransforms {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern SEGMENT = Pattern.compile("\\.([^.\\[\\]]+)|\\[(\\d+)]|\\['([^']*)']|\\[\"([^\"]*)\"]");

  /** A transform that cannot be applied; the message says why and what to do. */
  public static final class TransformException extends Exception {
    private static final long serialVersionUID = 1L;

    public TransformException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Where the values of added keys come from.
   *
   * @param <V> the value type ({@code byte[]} for a real Secret)
   */
  public interface Values<V> {
    /** The value of an {@code addKey} transform. */
    V added(AddKeyTransform add) throws TransformException;

    /** Every entry of the Secret an {@code addKeysFrom} names (namespace null: the binding's). */
    Map<String, V> fromSecret(ObjectReference secretRef) throws TransformException;
  }

  private SecretTransforms() {
  }

  /** The Secret data for the broker's credentials, before transforms: one entry per top-level key. */
  public static Map<String, byte[]> fromCredentials(JsonNode credentials) {
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

  /** One credential as Secret bytes: a string as is, anything else as compact JSON. */
  public static byte[] render(JsonNode value) {
    if (value.isTextual()) {
      return value.textValue().getBytes(StandardCharsets.UTF_8);
    }
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a credential value cannot be written as JSON", e);
    }
  }

  /** Applies {@code transforms} to a copy of {@code data}, in the controller's order. */
  public static <V> Map<String, V> apply(Map<String, V> data, List<SecretTransform> transforms, Values<V> values)
      throws TransformException {
    Map<String, V> out = new LinkedHashMap<>(data);
    if (transforms == null) {
      return out;
    }
    for (SecretTransform t : transforms) {
      if (t.getAddKey() != null) {
        out.put(t.getAddKey().getKey(), values.added(t.getAddKey()));
      }
      if (t.getRenameKey() != null) {
        V value = out.remove(t.getRenameKey().getFrom());
        if (value != null) {
          out.put(t.getRenameKey().getTo(), value);
        }
      }
      if (t.getAddKeysFrom() != null && t.getAddKeysFrom().getSecretRef() != null) {
        out.putAll(values.fromSecret(t.getAddKeysFrom().getSecretRef()));
      }
      if (t.getRemoveKey() != null) {
        out.remove(t.getRemoveKey().getKey());
      }
    }
    return out;
  }

  /** The bytes of an {@code addKey}: JSONPath into the credentials first, then stringValue, then value. */
  public static byte[] addedValue(AddKeyTransform add, JsonNode credentials) throws TransformException {
    if (add.getJsonPathExpression() != null) {
      return render(jsonPath(credentials, add.getJsonPathExpression()));
    }
    if (add.getStringValue() != null) {
      return add.getStringValue().getBytes(StandardCharsets.UTF_8);
    }
    return add.getValue() == null ? new byte[0] : add.getValue();
  }

  /**
   * Why {@code expression} is not a JSONPath the controller can evaluate, or empty when it is: fields, array indexes
   * and bracketed names such as {@code {.uri}} or {@code {.hosts[0]}}; no filters or wildcards.
   */
  public static Optional<String> checkJsonPath(String expression) {
    if (expression == null || expression.isBlank()) {
      return Optional.of("Enter a JSONPath expression such as {.uri} or {.hosts[0]}.");
    }
    String path = strip(expression);
    Matcher m = SEGMENT.matcher(path);
    int end = 0;
    while (m.find() && m.start() == end) {
      end = m.end();
    }
    return end == path.length() && end > 0 ? Optional.empty() : Optional.of(unsupported(expression));
  }

  /**
   * Evaluates a Kubernetes JSONPath template such as {@code {.foo.bar[0]}} against the credentials (fields, array
   * indexes and bracketed names; no filters or wildcards).
   */
  public static JsonNode jsonPath(JsonNode credentials, String expression) throws TransformException {
    String path = strip(expression);
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
      throw new TransformException(unsupported(expression));
    }
    if (current == null || current.isMissingNode()) {
      throw new TransformException("The JSONPath expression " + expression + " finds nothing in the credentials"
          + " the broker returned.");
    }
    return current;
  }

  private static String strip(String expression) {
    String path = expression.trim();
    if (path.startsWith("{") && path.endsWith("}")) {
      path = path.substring(1, path.length() - 1).trim();
    }
    if (path.startsWith("$")) {
      path = path.substring(1);
    }
    return path;
  }

  private static String unsupported(String expression) {
    return "The JSONPath expression " + expression + " is not supported. Use a path of fields and indexes such as"
        + " {.uri} or {.hosts[0]}.";
  }
}
