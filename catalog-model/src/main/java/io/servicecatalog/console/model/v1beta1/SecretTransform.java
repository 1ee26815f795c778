package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One step of {@code secretTransforms[]}, applied in list order; set one member. Within one item the
 * controller applies addKey, renameKey, addKeysFrom, removeKey in that order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class SecretTransform extends ExtensibleObject {

  @JsonProperty("renameKey")
  private RenameKeyTransform renameKey;

  @JsonProperty("addKey")
  private AddKeyTransform addKey;

  @JsonProperty("addKeysFrom")
  private AddKeysFromTransform addKeysFrom;

  @JsonProperty("removeKey")
  private RemoveKeyTransform removeKey;

  /** Rename a key. */
  public RenameKeyTransform getRenameKey() {
    return renameKey;
  }

  public void setRenameKey(RenameKeyTransform renameKey) {
    this.renameKey = renameKey;
  }

  /** Add a key. */
  public AddKeyTransform getAddKey() {
    return addKey;
  }

  public void setAddKey(AddKeyTransform addKey) {
    this.addKey = addKey;
  }

  /** Merge another Secret. */
  public AddKeysFromTransform getAddKeysFrom() {
    return addKeysFrom;
  }

  public void setAddKeysFrom(AddKeysFromTransform addKeysFrom) {
    this.addKeysFrom = addKeysFrom;
  }

  /** Remove a key. */
  public RemoveKeyTransform getRemoveKey() {
    return removeKey;
  }

  public void setRemoveKey(RemoveKeyTransform removeKey) {
    this.removeKey = removeKey;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    SecretTransform that = (SecretTransform) o;
    return Objects.equals(renameKey, that.renameKey)
        && Objects.equals(addKey, that.addKey)
        && Objects.equals(addKeysFrom, that.addKeysFrom)
        && Objects.equals(removeKey, that.removeKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), renameKey, addKey, addKeysFrom, removeKey);
  }
}
