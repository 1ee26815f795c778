package io.servicecatalog.console.model.crd;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.VersionInfo;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.ServiceCatalogKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The eight Service Catalog CRDs (from the v0.3.1 chart), shipped as resources in two forms: {@code
 * apiextensions.k8s.io/v1beta1} for API servers up to 1.21 and {@code apiextensions.k8s.io/v1} for 1.22 and later
 * (where v1beta1 is gone). Loaded as fabric8 objects, ready to be created on a cluster on request.
 */
public final class ServiceCatalogCrds {

  private static final Logger LOG = LoggerFactory.getLogger(ServiceCatalogCrds.class);
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(\\d+)");
  private static final String RESOURCE_ROOT = "/io/servicecatalog/console/model/crd/";

  /** Created on first use: building a KubernetesSerialization scans every fabric8 model class once. */
  private static final class SerializationHolder {
    static final KubernetesSerialization INSTANCE = new KubernetesSerialization();
  }

  /** The apiextensions version a set of CRDs is written in. */
  public enum ApiExtensionsVersion {
    /** {@code apiextensions.k8s.io/v1beta1}: API servers 1.21 and older. */
    V1BETA1("apiextensions.k8s.io/v1beta1", "v1beta1"),
    /** {@code apiextensions.k8s.io/v1}: API servers 1.22 and newer. */
    V1("apiextensions.k8s.io/v1", "v1");

    private final String apiVersion;
    private final String directory;

    ApiExtensionsVersion(String apiVersion, String directory) {
      this.apiVersion = apiVersion;
      this.directory = directory;
    }

    /** The {@code apiVersion} of the CRD objects. */
    public String apiVersion() {
      return apiVersion;
    }
  }

  private ServiceCatalogCrds() {
  }

  /**
   * Which apiextensions version to install on an API server reporting {@code major}/{@code minor} (as in {@code
   * /version}; minors like {@code "21+"} from managed clusters are read as 21). A version that cannot be read gives
   * {@link ApiExtensionsVersion#V1}, since every API server still supported today is 1.22 or newer.
   */
  public static ApiExtensionsVersion apiExtensionsVersionFor(String major, String minor) {
    Integer maj = leadingNumber(major);
    Integer min = leadingNumber(minor);
    if (maj == null || min == null) {
      LOG.warn("Cannot read the API server version {}.{}; using apiextensions.k8s.io/v1 CRDs", major, minor);
      return ApiExtensionsVersion.V1;
    }
    if (maj > 1 || (maj == 1 && min >= 22)) {
      return ApiExtensionsVersion.V1;
    }
    return ApiExtensionsVersion.V1BETA1;
  }

  /** As {@link #apiExtensionsVersionFor(String, String)}, from fabric8's {@code client.getKubernetesVersion()}. */
  public static ApiExtensionsVersion apiExtensionsVersionFor(VersionInfo version) {
    return apiExtensionsVersionFor(version.getMajor(), version.getMinor());
  }

  /** The eight CRDs in the form the API server of this version accepts (fresh objects on every call). */
  public static List<HasMetadata> forServerVersion(String major, String minor) {
    return load(apiExtensionsVersionFor(major, minor));
  }

  /** As {@link #forServerVersion(String, String)}, from fabric8's {@code client.getKubernetesVersion()}. */
  public static List<HasMetadata> forServerVersion(VersionInfo version) {
    return forServerVersion(version.getMajor(), version.getMinor());
  }

  /** The eight CRDs as {@code apiextensions.k8s.io/v1} objects. */
  public static List<io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition> v1() {
    return load(ApiExtensionsVersion.V1, io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition.class);
  }

  /** The eight CRDs as {@code apiextensions.k8s.io/v1beta1} objects. */
  public static List<io.fabric8.kubernetes.api.model.apiextensions.v1beta1.CustomResourceDefinition> v1beta1() {
    return load(ApiExtensionsVersion.V1BETA1,
        io.fabric8.kubernetes.api.model.apiextensions.v1beta1.CustomResourceDefinition.class);
  }

  /** The eight CRDs in the given form, in {@link ServiceCatalogKind} order. */
  public static List<HasMetadata> load(ApiExtensionsVersion version) {
    return version == ApiExtensionsVersion.V1 ? new ArrayList<>(v1()) : new ArrayList<>(v1beta1());
  }

  private static <T extends HasMetadata> List<T> load(ApiExtensionsVersion version, Class<T> type) {
    List<T> result = new ArrayList<>();
    for (ServiceCatalogKind kind : ServiceCatalogKind.values()) {
      String path = RESOURCE_ROOT + version.directory + "/" + kind.kind().toLowerCase(Locale.ROOT) + ".yaml";
      try (InputStream in = ServiceCatalogCrds.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("The CRD resource " + path + " is missing from the catalog-model jar.");
        }
        result.add(SerializationHolder.INSTANCE.unmarshal(in, type));
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the CRD resource " + path, e);
      }
    }
    return result;
  }

  private static Integer leadingNumber(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = LEADING_NUMBER.matcher(text);
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }
}
