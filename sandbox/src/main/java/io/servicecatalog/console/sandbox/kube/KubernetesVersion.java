package io.servicecatalog.console.sandbox.kube;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.utils.Serialization;

/**
 * The version the sandbox API server reports at {@code /version}; by default the v1.21 line that the Service Catalog
 * v0.3.1 fixtures were captured on.
 *
 * @param major major version, e.g. {@code 1}
 * @param minor minor version, e.g. {@code 21}
 * @param gitVersion full version, e.g. {@code v1.21.14}
 */
public record KubernetesVersion(String major, String minor, String gitVersion) {

  /** Kubernetes v1.21.14, the last 1.21 patch release. */
  public static final KubernetesVersion V1_21 = new KubernetesVersion("1", "21", "v1.21.14");

  String toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("major", major);
    node.put("minor", minor);
    node.put("gitVersion", gitVersion);
    node.put("gitCommit", "0f77da5bd4809927e15d1658fb4aa8f13ad890a5");
    node.put("gitTreeState", "clean");
    node.put("buildDate", "2022-06-15T14:11:36Z");
    node.put("goVersion", "go1.16.15");
    node.put("compiler", "gc");
    node.put("platform", "linux/amd64");
    return Serialization.asJson(node);
  }
}
