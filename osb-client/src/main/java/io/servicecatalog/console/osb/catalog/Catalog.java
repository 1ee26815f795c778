package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A broker's catalog ({@code GET /v2/catalog}): its service offerings with their plans, read with every field of
 * OSB v2.17 typed and everything else (vendor extensions, explicit nulls) kept, so {@link #toJson()} gives back
 * exactly what the broker sent.
 */
public final class Catalog {

    private static final Set<String> KNOWN = Set.of("services");

    private final ObjectNode json;
    private final List<ServiceOffering> services;

    private Catalog(ObjectNode json, List<ServiceOffering> services) {
        this.json = json;
        this.services = services;
    }

    /**
     * Reads a catalog document.
     *
     * @throws IllegalArgumentException naming the field when the document breaks the spec (a required field is
     *     missing or a field has the wrong type)
     */
    public static Catalog fromJson(JsonNode node) {
        ObjectNode root = Json.requireObject(node, "catalog").deepCopy();
        JsonNode servicesNode = root.get("services");
        if (servicesNode == null || !servicesNode.isArray()) {
            throw new IllegalArgumentException("catalog.services is required and must be an array");
        }
        List<ServiceOffering> services = new ArrayList<>(servicesNode.size());
        Set<String> names = new HashSet<>();
        for (int i = 0; i < servicesNode.size(); i++) {
            ServiceOffering offering = ServiceOffering.fromJson(servicesNode.get(i), "services[" + i + "]");
            if (!names.add(offering.name())) {
                throw new IllegalArgumentException("services[" + i + "].name \"" + offering.name()
                        + "\" is used by more than one service offering; names must be unique");
            }
            services.add(offering);
        }
        return new Catalog(root, List.copyOf(services));
    }

    /** The service offerings in the broker's order. */
    public List<ServiceOffering> services() {
        return services;
    }

    /** The offering with this id, if the broker offers it. */
    public Optional<ServiceOffering> service(String serviceId) {
        return services.stream().filter(s -> s.id().equals(serviceId)).findFirst();
    }

    /** The offering with this name (names are case-sensitive), if any. */
    public Optional<ServiceOffering> serviceByName(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** The plan with this id in any offering. */
    public Optional<ServicePlan> plan(String planId) {
        return services.stream().flatMap(s -> s.plans().stream()).filter(p -> p.id().equals(planId)).findFirst();
    }

    /** Top-level fields other than {@code services}. */
    public Map<String, JsonNode> extensions() {
        return Json.unknownFields(json, KNOWN);
    }

    /** The catalog exactly as the broker sent it (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "Catalog[services=" + services.stream().map(ServiceOffering::name).toList() + "]";
    }
}
