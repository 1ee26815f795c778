package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the form holds into the parameters a user would write by hand (empty optional fields left
 * out, numbers kept as numbers, unknown keys kept as they are) and works out what an update changes.
 */
public final class ParameterValues {

    private ParameterValues() {
    }

    /**
     * The parameters to send: a copy of {@code document} without empty strings, nulls, empty lists and empty
     * groups for optional fields the form knows, and without the fields of if/then/else or dependencies whose
     * condition is off (the form hides them). Keys the form does not show are kept untouched.
     */
    public static ObjectNode output(SchemaFormModel model, ObjectNode document) {
        return output(model, document, new ConditionEvaluator());
    }

    /** Like {@link #output(SchemaFormModel, ObjectNode)}, reusing a form's evaluator (and its compiled conditions). */
    public static ObjectNode output(SchemaFormModel model, ObjectNode document, ConditionEvaluator conditions) {
        ObjectNode copy = document == null ? JsonNodeFactory.instance.objectNode() : document.deepCopy();
        if (model != null && !model.isRaw()) {
            pruneObject(model.root(), copy, conditions);
        }
        return copy;
    }

    /** Removes the values of conditional fields that are hidden: on the side of a condition that is off. */
    private static void dropHidden(FormField owner, ObjectNode obj, ConditionEvaluator conditions) {
        if (owner.conditionals().isEmpty()) {
            return;
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        java.util.Set<String> hidden = new java.util.HashSet<>();
        owner.properties().forEach(p -> shown.add(p.name()));
        owner.choices().forEach(c -> c.branches().forEach(b -> b.properties().forEach(p -> shown.add(p.name()))));
        for (Conditional c : owner.conditionals()) {
            boolean holds = conditions.holds(c, obj);
            (holds ? c.thenFields() : c.elseFields()).forEach(p -> shown.add(p.name()));
            (holds ? c.elseFields() : c.thenFields()).forEach(p -> hidden.add(p.name()));
        }
        hidden.removeAll(shown);
        hidden.forEach(obj::remove);
    }

    private static void pruneObject(FormField owner, ObjectNode obj, ConditionEvaluator conditions) {
        dropHidden(owner, obj, conditions);
        reorder(owner, obj);
        List<String> keys = new ArrayList<>();
        obj.fieldNames().forEachRemaining(keys::add);
        for (String key : keys) {
            FormField field = childOf(owner, key);
            if (field == null) {
                continue;
            }
            JsonNode v = obj.get(key);
            prune(field, v, conditions);
            if (!field.required() && isEmpty(field, v)) {
                obj.remove(key);
            }
        }
    }

    /**
     * Puts the keys the form knows in the schema's property order (the order a person reading the form
     * expects), followed by any other keys in the order they came.
     */
    private static void reorder(FormField owner, ObjectNode obj) {
        List<String> order = new ArrayList<>();
        owner.properties().forEach(p -> order.add(p.name()));
        owner.choices().forEach(c -> c.branches().forEach(b -> b.properties().forEach(p -> order.add(p.name()))));
        owner.conditionals().forEach(c -> {
            c.thenFields().forEach(p -> order.add(p.name()));
            c.elseFields().forEach(p -> order.add(p.name()));
        });
        ObjectNode sorted = JsonNodeFactory.instance.objectNode();
        for (String key : order) {
            if (obj.has(key) && !sorted.has(key)) {
                sorted.set(key, obj.get(key));
            }
        }
        obj.fields().forEachRemaining(e -> {
            if (!sorted.has(e.getKey())) {
                sorted.set(e.getKey(), e.getValue());
            }
        });
        obj.removeAll();
        obj.setAll(sorted);
    }

    private static void prune(FormField field, JsonNode v, ConditionEvaluator conditions) {
        if (v instanceof ObjectNode o && (field.kind() == FieldKind.OBJECT || field.kind() == FieldKind.MAP)) {
            pruneObject(field, o, conditions);
        } else if (v instanceof ArrayNode a && field.kind() == FieldKind.ARRAY && field.items() != null
                && field.items().kind() == FieldKind.OBJECT) {
            a.forEach(item -> {
                if (item instanceof ObjectNode o) {
                    pruneObject(field.items(), o, conditions);
                }
            });
        }
    }

    private static boolean isEmpty(FormField field, JsonNode v) {
        if (v == null || v.isNull()) {
            return field.kind() != FieldKind.CONST && field.kind() != FieldKind.RAW;
        }
        if (v.isTextual()) {
            return v.asText().isEmpty() && field.kind() != FieldKind.CONST && field.kind() != FieldKind.ENUM;
        }
        if (v.isObject()) {
            return v.isEmpty() && (field.kind() == FieldKind.OBJECT || field.kind() == FieldKind.MAP);
        }
        if (v.isArray()) {
            return v.isEmpty() && (field.kind() == FieldKind.ARRAY || field.kind() == FieldKind.MULTI_SELECT);
        }
        return false;
    }

    /** The field that edits key {@code key} of an object field: a property, a branch's or conditional's property, or a map value. */
    static FormField childOf(FormField owner, String key) {
        for (FormField p : owner.properties()) {
            if (key.equals(p.name())) {
                return p;
            }
        }
        for (Choice c : owner.choices()) {
            for (FormField b : c.branches()) {
                for (FormField p : b.properties()) {
                    if (key.equals(p.name())) {
                        return p;
                    }
                }
            }
        }
        for (Conditional c : owner.conditionals()) {
            for (FormField p : c.thenFields()) {
                if (key.equals(p.name())) {
                    return p;
                }
            }
            for (FormField p : c.elseFields()) {
                if (key.equals(p.name())) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * Parameters split for a wizard that keeps secrets out of the instance: {@code inline} goes into
     * {@code spec.parameters}, {@code secret} into a Secret referenced by {@code parametersFrom}.
     *
     * @param inline parameters without secrets
     * @param secret top-level parameters that are, or contain, a secret value
     */
    public record SensitiveSplit(ObjectNode inline, ObjectNode secret) {
    }

    /**
     * Splits parameters at the top level (the granularity of {@code parametersFrom}, which merges whole
     * keys): a key goes to the Secret when the schema marks it or anything under it sensitive, or when its
     * name looks like a secret (also for keys the schema does not list).
     */
    public static SensitiveSplit splitSensitive(SchemaFormModel model, ObjectNode value) {
        ObjectNode inline = JsonNodeFactory.instance.objectNode();
        ObjectNode secret = JsonNodeFactory.instance.objectNode();
        if (value == null) {
            return new SensitiveSplit(inline, secret);
        }
        value.fields().forEachRemaining(e -> {
            String top = JsonPointers.append("", e.getKey());
            boolean sensitive = Names.looksSecret(e.getKey());
            if (model != null) {
                for (String p : model.sensitivePaths()) {
                    sensitive |= p.equals(top) || p.startsWith(top + "/");
                }
            }
            (sensitive ? secret : inline).set(e.getKey(), e.getValue().deepCopy());
        });
        return new SensitiveSplit(inline, secret);
    }

    /**
     * The top-level parameters whose value differs from {@code original} (new keys included), compared as JSON
     * values ({@code 1} equals {@code 1.0} at any depth). This is for showing what an update changes: the
     * Service Catalog controller sends the whole {@code spec.parameters}, so that must be given the full value,
     * never this diff. A key the user cleared is not in it (see {@link #removedKeys}).
     */
    public static ObjectNode changed(ObjectNode original, ObjectNode current) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        if (current == null) {
            return out;
        }
        current.fields().forEachRemaining(e -> {
            JsonNode before = original == null ? null : original.get(e.getKey());
            if (before == null || !numericEquals(before, e.getValue())) {
                out.set(e.getKey(), e.getValue().deepCopy());
            }
        });
        return out;
    }

    /** Top-level keys present in {@code original} and absent from {@code current}. */
    public static List<String> removedKeys(ObjectNode original, ObjectNode current) {
        List<String> out = new ArrayList<>();
        if (original == null) {
            return out;
        }
        original.fieldNames().forEachRemaining(k -> {
            if (current == null || !current.has(k)) {
                out.add(k);
            }
        });
        return out;
    }

    /** JSON equality with numbers compared by value at every depth ({@code {"n":1}} equals {@code {"n":1.0}}). */
    public static boolean numericEquals(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!numericEquals(a.get(i), b.get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (java.util.Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!numericEquals(a.get(k), b.get(k))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }
}
