package io.servicecatalog.console.controller;

import io.servicecatalog.console.model.ServiceCatalogKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Names and labels as the upstream controller and webhook make them. */
final class CatalogNames {

  static final String LABEL_PREFIX = ServiceCatalogKind.SPEC_LABEL_PREFIX;

  private static final int LABEL_MAX = 63;

  private CatalogNames() {
  }

  /**
   * The Kubernetes name for a broker id (upstream {@code GenerateEscapedName}): characters outside {@code [a-y0-9]},
   * and dots or dashes at the ends or in a row, become {@code z<hex>z}; names over 63 characters are cut to 30 plus
   * a dash and the md5 of the id.
   */
  static String escapedName(String externalId) {
    StringBuilder out = new StringBuilder();
    boolean prevDot = false;
    boolean prevDash = false;
    int[] codePoints = externalId.codePoints().toArray();
    int bytePos = 0;
    int byteLength = externalId.getBytes(StandardCharsets.UTF_8).length;
    for (int cp : codePoints) {
      boolean first = bytePos == 0;
      boolean last = bytePos == byteLength - 1;
      if ((cp >= 'a' && cp <= 'y') || (cp >= '0' && cp <= '9')) {
        out.appendCodePoint(cp);
        prevDash = false;
        prevDot = false;
      } else if (cp == '.' && !first && !last && !prevDot && !prevDash) {
        out.append('.');
        prevDash = false;
        prevDot = true;
      } else if (cp == '-' && !first && !last && !prevDot) {
        out.append('-');
        prevDash = true;
        prevDot = false;
      } else {
        out.append('z').append(Integer.toHexString(cp)).append('z');
        prevDash = false;
        prevDot = false;
      }
      bytePos += new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
    }
    String escaped = out.toString();
    if (escaped.length() > LABEL_MAX) {
      escaped = escaped.substring(0, 30);
      if (escaped.endsWith(".")) {
        escaped = escaped.substring(0, escaped.length() - 1);
      }
      escaped = escaped + "-" + HexFormat.of().formatHex(digest("MD5", externalId));
    }
    return escaped;
  }

  /** The value of a {@code servicecatalog.k8s.io/spec.*} label: the SHA-224 hex of the field's value. */
  static String labelValue(String value) {
    return HexFormat.of().formatHex(digest("SHA-224", value));
  }

  static String sha256Hex(String value) {
    return HexFormat.of().formatHex(digest("SHA-256", value));
  }

  private static byte[] digest(String algorithm, String value) {
    try {
      return MessageDigest.getInstance(algorithm).digest(value.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no " + algorithm + " digest", e);
    }
  }
}
