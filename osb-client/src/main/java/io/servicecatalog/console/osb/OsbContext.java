package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import io.servicecatalog.console.osb.internal.Redaction;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code context} object sent with provision, update and bind requests: where on the platform the resource
 * lives. {@link #kubernetes()} builds the Kubernetes profile ({@code platform}, {@code namespace},
 * {@code clusterid}, {@code instance_name}, annotations); {@link #of(ObjectNode)} takes any other platform's.
 */
public final class OsbContext {

    private final ObjectNode json;

    private OsbContext(ObjectNode json) {
        this.json = json;
    }

    /**
     * A context for any platform; it must carry a non-empty {@code platform} string.
     */
    public static OsbContext of(ObjectNode json) {
        Objects.requireNonNull(json, "json");
        JsonNode platform = json.get("platform");
        if (platform == null || !platform.isTextual() || platform.textValue().isEmpty()) {
            throw new IllegalArgumentException("A context needs a non-empty \"platform\" string");
        }
        return new OsbContext(json.deepCopy());
    }

    /** Starts a Kubernetes context (profile.md "Kubernetes Context Object"). */
    public static KubernetesBuilder kubernetes() {
        return new KubernetesBuilder();
    }

    public String platform() {
        return json.get("platform").textValue();
    }

    /** A string field of the context, such as {@code namespace} or {@code clusterid}. */
    public Optional<String> get(String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() ? Optional.of(value.textValue()) : Optional.empty();
    }

    /** The context as sent on the wire (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OsbContext other && other.json.equals(json);
    }

    @Override
    public int hashCode() {
        return json.hashCode();
    }

    /**
     * Platform, namespace, cluster id and instance name, and only the keys of the annotations: annotation values can
     * hold whole specs (kubectl's last-applied-configuration carries {@code spec.parameters}).
     */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("OsbContext[platform=").append(platform());
        for (String field : new String[] {"namespace", "clusterid", "instance_name"}) {
            get(field).ifPresent(value -> out.append(", ").append(field).append('=').append(value));
        }
        for (String field : new String[] {"namespace_annotations", "instance_annotations"}) {
            JsonNode annotations = json.get(field);
            if (annotations != null) {
                out.append(", ").append(field).append('=').append(Redaction.keysOnly(annotations));
            }
        }
        return out.append(']').toString();
    }

    /** Builds a {@code "platform": "kubernetes"} context. */
    public static final class KubernetesBuilder {
        private String namespace;
        private String clusterId;
        private String instanceName;
        private Map<String, String> namespaceAnnotations;
        private Map<String, String> instanceAnnotations;

        private KubernetesBuilder() {
        }

        /** The namespace the instance or binding lives in (required). */
        public KubernetesBuilder namespace(String namespace) {
            this.namespace = namespace;
            return this;
        }

        /** The cluster's unique id (sent as {@code clusterid}). */
        public KubernetesBuilder clusterId(String clusterId) {
            this.clusterId = clusterId;
            return this;
        }

        /** The ServiceInstance's name; sent for instance requests, not for bindings. */
        public KubernetesBuilder instanceName(String instanceName) {
            this.instanceName = instanceName;
            return this;
        }

        public KubernetesBuilder namespaceAnnotations(Map<String, String> annotations) {
            this.namespaceAnnotations = Map.copyOf(annotations);
            return this;
        }

        public KubernetesBuilder instanceAnnotations(Map<String, String> annotations) {
            this.instanceAnnotations = Map.copyOf(annotations);
            return this;
        }

        public OsbContext build() {
            ObjectNode node = Json.object();
            node.put("platform", "kubernetes");
            node.put("namespace", requireNonEmpty(namespace, "namespace"));
            if (clusterId != null) {
                node.put("clusterid", requireNonEmpty(clusterId, "clusterid"));
            }
            if (instanceName != null) {
                node.put("instance_name", requireNonEmpty(instanceName, "instance_name"));
            }
            if (namespaceAnnotations != null) {
                node.set("namespace_annotations", Json.MAPPER.valueToTree(namespaceAnnotations));
            }
            if (instanceAnnotations != null) {
                node.set("instance_annotations", Json.MAPPER.valueToTree(instanceAnnotations));
            }
            return new OsbContext(node);
        }

        private static String requireNonEmpty(String value, String field) {
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("A Kubernetes context needs a non-empty " + field);
            }
            return value;
        }
    }
}
