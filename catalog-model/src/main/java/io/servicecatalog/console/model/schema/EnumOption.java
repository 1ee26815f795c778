package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One allowed value of an enum-like field, with the label to show for it ({@code enumNames}, or the
 * {@code title} of a {@code oneOf} branch with a {@code const}, or the value itself).
 *
 * @param value the JSON value written to the parameters
 * @param label the human label
 */
public record EnumOption(JsonNode value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
