package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Fields of an object that are shown only while a condition on the object's value holds: a schema
 * {@code dependencies}/{@code dependentSchemas} entry (a property is filled in) or {@code if}/{@code then}/
 * {@code else}.
 *
 * @param trigger the property whose presence shows {@link #thenFields} (dependencies), or null for if/then
 * @param ifSchema the {@code if} subschema, or null for dependencies
 * @param thenFields the fields shown while the condition holds
 * @param elseFields the fields shown while it does not hold ({@code else}; empty for dependencies)
 */
public record Conditional(String trigger, JsonNode ifSchema, List<FormField> thenFields,
        List<FormField> elseFields) {
}
