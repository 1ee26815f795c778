package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Decides whether a {@link Conditional}'s fields are shown for the current value of their object:
 * a dependency holds while its trigger property is filled in, an {@code if} holds while the value validates
 * against the {@code if} schema. Keeps one compiled validator per condition, so a form reuses it per keystroke.
 */
public final class ConditionEvaluator {

    private final Map<Conditional, ParameterValidator> compiled = new IdentityHashMap<>();

    /** Whether the condition holds for {@code objectValue} (null means an empty object). */
    public boolean holds(Conditional conditional, JsonNode objectValue) {
        if (conditional.trigger() != null) {
            JsonNode v = objectValue == null ? null : objectValue.get(conditional.trigger());
            return v != null && !v.isNull() && !(v.isTextual() && v.asText().isEmpty());
        }
        JsonNode ifSchema = conditional.ifSchema();
        if (ifSchema == null || ifSchema.isBoolean()) {
            return ifSchema == null || ifSchema.booleanValue();
        }
        ParameterValidator v = compiled.computeIfAbsent(conditional, c -> ParameterValidator.forSchema(ifSchema));
        JsonNode value = objectValue == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                : objectValue;
        return v.validate(value).isEmpty();
    }
}
