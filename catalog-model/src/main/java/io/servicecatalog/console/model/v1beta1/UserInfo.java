package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The user who last changed a spec, filled in by the Service Catalog webhook (OriginatingIdentity).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public class UserInfo extends ExtensibleObject {

  @JsonProperty("username")
  private String username;

  @JsonProperty("uid")
  private String uid;

  @JsonProperty("groups")
  private List<String> groups;

  @JsonProperty("extra")
  private Map<String, List<String>> extra;

  /** User name. */
  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  /** User id; the webhook writes an empty string. */
  public String getUid() {
    return uid;
  }

  public void setUid(String uid) {
    this.uid = uid;
  }

  /** Groups of the user. */
  public List<String> getGroups() {
    return groups;
  }

  public void setGroups(List<String> groups) {
    this.groups = groups;
  }

  /** Extra attributes from the authenticator. */
  public Map<String, List<String>> getExtra() {
    return extra;
  }

  public void setExtra(Map<String, List<String>> extra) {
    this.extra = extra;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    UserInfo that = (UserInfo) o;
    return Objects.equals(username, that.username)
        && Objects.equals(uid, that.uid)
        && Objects.equals(groups, that.groups)
        && Objects.equals(extra, that.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(super.hashCode(), username, uid, groups, extra);
  }
}
