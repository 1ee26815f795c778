package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.Optional;

/**
 * The JSON Schemas a plan declares for the parameters of creating and updating an instance and of creating a
 * binding ({@code schemas.service_instance.create.parameters} and so on).
 */
public final class PlanSchemas {

    private final ObjectNode instanceCreate;
    private final ObjectNode instanceUpdate;
    private final ObjectNode bindingCreate;

    private PlanSchemas(ObjectNode instanceCreate, ObjectNode instanceUpdate, ObjectNode bindingCreate) {
        this.instanceCreate = instanceCreate;
        this.instanceUpdate = instanceUpdate;
        this.bindingCreate = bindingCreate;
    }

    static PlanSchemas fromJson(ObjectNode schemas, String path) {
        ObjectNode instance = Json.optionalObject(schemas, "service_instance", path).orElseGet(Json::object);
        ObjectNode binding = Json.optionalObject(schemas, "service_binding", path).orElseGet(Json::object);
        return new PlanSchemas(
                parameters(instance, "create", path + ".service_instance"),
                parameters(instance, "update", path + ".service_instance"),
                parameters(binding, "create", path + ".service_binding"));
    }

    private static ObjectNode parameters(ObjectNode method, String name, String path) {
        return Json.optionalObject(method, name, path)
                .flatMap(m -> Json.optionalObject(m, "parameters", path + "." + name))
                .orElse(null);
    }

    /** The schema of the parameters for provisioning, if any. */
    public Optional<ObjectNode> instanceCreateParameters() {
        return copy(instanceCreate);
    }

    /** The schema of the parameters for updating an instance, if any. */
    public Optional<ObjectNode> instanceUpdateParameters() {
        return copy(instanceUpdate);
    }

    /** The schema of the parameters for creating a binding, if any. */
    public Optional<ObjectNode> bindingCreateParameters() {
        return copy(bindingCreate);
    }

    private static Optional<ObjectNode> copy(ObjectNode node) {
        return Optional.ofNullable(node).map(JsonNode::deepCopy);
    }

    @Override
    public String toString() {
        return "PlanSchemas[instanceCreate=" + (instanceCreate != null) + ", instanceUpdate=" + (instanceUpdate != null)
                + ", bindingCreate=" + (bindingCreate != null) + "]";
    }
}
