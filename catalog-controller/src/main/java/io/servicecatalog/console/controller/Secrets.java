package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.api.model.Secret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads a Secret's values as text, whether the server returned them in {@code data} or {@code stringData}. */
final class Secrets {

  private Secrets() {
  }

  static Map<String, String> decode(Secret secret) {
    Map<String, String> values = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> values.put(k, v == null ? "" :
          new String(Base64.getDecoder().decode(v), StandardCharsets.UTF_8)));
    }
    if (secret.getStringData() != null) {
      values.putAll(secret.getStringData());
    }
    return values;
  }

  static Map<String, byte[]> decodeBytes(Secret secret) {
    Map<String, byte[]> values = new LinkedHashMap<>();
    if (secret.getData() != null) {
      secret.getData().forEach((k, v) -> values.put(k, v == null ? new byte[0] : Base64.getDecoder().decode(v)));
    }
    if (secret.getStringData() != null) {
      secret.getStringData().forEach((k, v) -> values.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return values;
  }
}
