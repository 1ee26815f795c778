package io.servicecatalog.console.osb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.osb.internal.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The credentials of a binding (a free-form object). Values are secrets: {@link #toString()} lists the keys only,
 * and nothing in this library logs them.
 */
public final class BindingCredentials {

    /** No credentials. */
    public static final BindingCredentials NONE = new BindingCredentials(Json.object());

    private final ObjectNode json;

    private BindingCredentials(ObjectNode json) {
        this.json = json;
    }

    static BindingCredentials of(ObjectNode json) {
        return json == null ? NONE : new BindingCredentials(json.deepCopy());
    }

    public boolean isEmpty() {
        return json.isEmpty();
    }

    public List<String> keys() {
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        return List.copyOf(keys);
    }

    /** One credential value as JSON. */
    public Optional<JsonNode> get(String key) {
        return Optional.ofNullable(json.get(key)).map(JsonNode::deepCopy);
    }

    /**
     * One credential as the text a Secret key would hold: strings as they are, other JSON values serialised.
     */
    public Optional<String> getAsText(String key) {
        JsonNode value = json.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isTextual() ? value.textValue() : value.toString());
    }

    /** All values (copies). */
    public Map<String, JsonNode> asMap() {
        return Json.fields(json);
    }

    /** The credentials object (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "BindingCredentials[keys=" + keys() + ", values hidden]";
    }
}
