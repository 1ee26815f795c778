package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * Adds one key to the binding Secret. Precedence: {@code jsonPathExpression}, then {@code stringValue}, then
 * {@code value}. The controller writes unset members as explicit {@code null}s (no omitempty upstream), and so does this class.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class AddKeyTransform extends ExtensibleObject {

  @JsonProperty("key")
  private String key;

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("value")
  private byte[] value;

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("stringValue")
  private String stringValue;

  @JsonInclude(JsonInclude.Include.ALWAYS)
  @JsonProperty("jsonPathExpression")
  private String jsonPathExpression;

  /** The key to add. */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  /** Binary value (base64 in JSON). */
  public byte[] getValue() {
    return value;
  }

  public void setValue(byte[] value) {
    this.value = value;
  }

  /** String value. */
  public String getStringValue() {
    return stringValue;
  }

  public void setStringValue(String stringValue) {
    this.stringValue = stringValue;
  }

  /** JSONPath over the credentials, e.g. {@code {.foo.bar}}. */
  public String getJsonPathExpression() {
    return jsonPathExpression;
  }

  public void setJsonPathExpression(String jsonPathExpression) {
    this.jsonPathExpression = jsonPathExpression;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    AddKeyTransform that = (AddKeyTransform) o;
    return Objects.equals(key, that.key)
        && Arrays.equals(value, that.value)
        && Objects.equals(stringValue, that.stringValue)
        && Objects.equals(jsonPathExpression, that.jsonPathExpression);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(super.hashCode(), key, stringValue, jsonPathExpression) + Arrays.hashCode(value);
  }
}
