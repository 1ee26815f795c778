package io.servicecatalog.console.model.snippet;

/**
 * One thing wrong with (or worth knowing about) the snippet's choices, attached to the field it concerns so a form can
 * show it next to that field.
 *
 * @param field which choice: {@code name}, {@code namespace}, {@code secretName}, {@code container}, {@code image},
 *     {@code modes}, {@code env[<key>]}, {@code literal[<index>]}, {@code envFrom.prefix}, {@code envFrom[<key>]},
 *     {@code volume.name}, {@code volume.mountPath}, {@code items[<key>]}
 * @param error true when the API server would reject the result (or the Pod could not start); false for a warning
 * @param message what is wrong and what to do, in sentences
 */
public record SnippetProblem(String field, boolean error, String message) {

  /** The field name for a per-key environment variable. */
  public static String envField(String key) {
    return "env[" + key + "]";
  }

  /** The field name for a literal environment variable, by its position. */
  public static String literalField(int index) {
    return "literal[" + index + "]";
  }

  /** The field name for a key that {@code envFrom} skips. */
  public static String envFromField(String key) {
    return "envFrom[" + key + "]";
  }

  /** The field name for a volume item (one key as a file). */
  public static String itemField(String key) {
    return "items[" + key + "]";
  }
}
