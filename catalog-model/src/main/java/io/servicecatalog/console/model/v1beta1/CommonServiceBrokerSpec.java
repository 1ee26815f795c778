package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Objects;

/**
 * The spec fields shared by ClusterServiceBroker and ServiceBroker (upstream {@code CommonServiceBrokerSpec},
 * inlined in both specs).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE, setterVisibility = JsonAutoDetect.Visibility.NONE)
public abstract class CommonServiceBrokerSpec extends ExtensibleObject {

  /** Relist behaviour {@code Duration}: relist every {@code relistDuration}. */
  public static final String RELIST_DURATION = "Duration";
  /** Relist behaviour {@code Manual}: relist only when {@code relistRequests} grows. */
  public static final String RELIST_MANUAL = "Manual";

  @JsonProperty("url")
  private String url;

  @JsonProperty("insecureSkipTLSVerify")
  private Boolean insecureSkipTLSVerify;

  @JsonProperty("caBundle")
  private byte[] caBundle;

  @JsonProperty("relistBehavior")
  private String relistBehavior;

  @JsonProperty("relistDuration")
  private String relistDuration;

  @JsonProperty("relistRequests")
  private Long relistRequests;

  @JsonProperty("catalogRestrictions")
  private CatalogRestrictions catalogRestrictions;

  @JsonProperty("authInfo")
  private ServiceBrokerAuthInfo authInfo;

  /** Broker address. Required. */
  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  /** Skip TLS verification (cannot be combined with {@code caBundle}). */
  public Boolean getInsecureSkipTLSVerify() {
    return insecureSkipTLSVerify;
  }

  public void setInsecureSkipTLSVerify(Boolean insecureSkipTLSVerify) {
    this.insecureSkipTLSVerify = insecureSkipTLSVerify;
  }

  /** PEM CA bundle used to verify the broker's certificate (base64 in JSON). */
  public byte[] getCaBundle() {
    return caBundle;
  }

  public void setCaBundle(byte[] caBundle) {
    this.caBundle = caBundle;
  }

  /** {@code Duration} or {@code Manual}; the webhook defaults it to {@code Duration}. */
  public String getRelistBehavior() {
    return relistBehavior;
  }

  public void setRelistBehavior(String relistBehavior) {
    this.relistBehavior = relistBehavior;
  }

  /** Relist interval as a Go duration such as {@code 15m0s}. */
  public String getRelistDuration() {
    return relistDuration;
  }

  public void setRelistDuration(String relistDuration) {
    this.relistDuration = relistDuration;
  }

  /** Counter a user increments to ask for a relist; must only grow. */
  public Long getRelistRequests() {
    return relistRequests;
  }

  public void setRelistRequests(Long relistRequests) {
    this.relistRequests = relistRequests;
  }

  /** Which services and plans become classes and plans. */
  public CatalogRestrictions getCatalogRestrictions() {
    return catalogRestrictions;
  }

  public void setCatalogRestrictions(CatalogRestrictions catalogRestrictions) {
    this.catalogRestrictions = catalogRestrictions;
  }

  /** How to authenticate to the broker. */
  public ServiceBrokerAuthInfo getAuthInfo() {
    return authInfo;
  }

  public void setAuthInfo(ServiceBrokerAuthInfo authInfo) {
    this.authInfo = authInfo;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (o == null || getClass() != o.getClass() || !super.equals(o)) {
      return false;
    }
    CommonServiceBrokerSpec that = (CommonServiceBrokerSpec) o;
    return Objects.equals(url, that.url)
        && Objects.equals(insecureSkipTLSVerify, that.insecureSkipTLSVerify)
        && Arrays.equals(caBundle, that.caBundle)
        && Objects.equals(relistBehavior, that.relistBehavior)
        && Objects.equals(relistDuration, that.relistDuration)
        && Objects.equals(relistRequests, that.relistRequests)
        && Objects.equals(catalogRestrictions, that.catalogRestrictions)
        && Objects.equals(authInfo, that.authInfo);
  }

  @Override
  public int hashCode() {
    return 31 * Objects.hash(super.hashCode(), url, insecureSkipTLSVerify, relistBehavior, relistDuration, relistRequests, catalogRestrictions, authInfo) + Arrays.hashCode(caBundle);
  }
}
