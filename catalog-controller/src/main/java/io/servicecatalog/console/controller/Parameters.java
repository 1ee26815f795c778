package io.servicecatalog.console.controller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ParametersFromSource;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The parameters sent to a broker: the inline {@code parameters} merged at the top level with the JSON objects held
 * in {@code parametersFrom} Secrets, the copy shown in status (Secret-sourced keys as {@code <redacted>}), and the
 * checksum of the real values (sha256 of the compact, key-sorted JSON), as upstream computes them.
 */
final class Parameters {

  static final String REDACTED = "<redacted>";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ObjectMapper SORTED = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  /** The merged parameters, their status copy and checksum; all null when there are no parameters. */
  record Resolved(ObjectNode merged, ObjectNode shown, String checksum) {
    static final Resolved NONE = new Resolved(null, null, null);
  }

  /** A parameter problem a user has to fix (missing Secret or key, a value that is not a JSON object, a duplicate). */
  static final class ParameterException extends Exception {
    private static final long serialVersionUID = 1L;

    ParameterException(String message) {
      super(message, null, false, false);
    }
  }

  private Parameters() {
  }

  static Resolved resolve(KubernetesClient client, String namespace, JsonNode inline, List<ParametersFromSource> from)
      throws ParameterException {
    boolean hasInline = inline != null && !inline.isNull() && !inline.isMissingNode();
    if (!hasInline && (from == null || from.isEmpty())) {
      return Resolved.NONE;
    }
    ObjectNode merged = MAPPER.createObjectNode();
    ObjectNode shown = MAPPER.createObjectNode();
    if (hasInline) {
      if (!inline.isObject()) {
        throw new ParameterException("spec.parameters must be a JSON object.");
      }
      merged.setAll(((ObjectNode) inline).deepCopy());
      shown.setAll(((ObjectNode) inline).deepCopy());
    }
    if (from != null) {
      for (ParametersFromSource source : from) {
        if (source.getSecretKeyRef() == null) {
          continue;
        }
        String name = source.getSecretKeyRef().getName();
        String key = source.getSecretKeyRef().getKey();
        Secret secret = client.secrets().inNamespace(namespace).withName(name).get();
        if (secret == null) {
          throw new ParameterException("failed to get secret \"" + namespace + "/" + name
              + "\": secrets \"" + name + "\" not found. Create the Secret or fix parametersFrom.");
        }
        String value = Secrets.decode(secret).get(key);
        if (value == null) {
          throw new ParameterException("secret \"" + namespace + "/" + name + "\" has no key \"" + key
              + "\". Add the key or fix parametersFrom.");
        }
        JsonNode parsed;
        try {
          parsed = MAPPER.readTree(value);
        } catch (JsonProcessingException e) {
          parsed = null;
        }
        if (parsed == null || !parsed.isObject()) {
          throw new ParameterException("the value of key \"" + key + "\" in secret \"" + namespace + "/" + name
              + "\" is not a JSON object. Store the parameters as a JSON object.");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = parsed.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (merged.has(e.getKey())) {
            throw new ParameterException("The parameter " + e.getKey() + " is defined more than once. Remove it"
                + " from spec.parameters or from one of the parametersFrom Secrets.");
          }
          merged.set(e.getKey(), e.getValue());
          shown.put(e.getKey(), REDACTED);
        }
      }
    }
    return new Resolved(merged, shown, checksum(merged));
  }

  static String checksum(JsonNode parameters) {
    try {
      Object plain = MAPPER.treeToValue(parameters, Object.class);
      return CatalogNames.sha256Hex(SORTED.writeValueAsString(plain));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("parameters cannot be written as JSON", e);
    }
  }
}
