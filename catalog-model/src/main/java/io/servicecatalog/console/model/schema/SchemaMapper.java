package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Walks a JSON Schema and builds the {@link FormField} tree; never throws for any input. */
final class SchemaMapper {

    /** Keywords of drafts 4 to 2020-12 and common annotations; anything else is "unknown". */
    private static final Set<String> KNOWN = Set.of(
            "$schema", "$id", "id", "$ref", "$comment", "$anchor", "$dynamicAnchor", "$dynamicRef",
            "$recursiveAnchor", "$recursiveRef", "$vocabulary", "definitions", "$defs",
            "type", "title", "description", "default", "examples", "example", "readOnly", "writeOnly",
            "deprecated", "enum", "enumNames", "const", "format", "contentMediaType", "contentEncoding",
            "contentSchema", "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
            "exclusiveMaximum", "multipleOf", "properties", "required", "additionalProperties",
            "patternProperties", "propertyNames", "minProperties", "maxProperties", "dependencies",
            "dependentSchemas", "dependentRequired", "unevaluatedProperties", "items", "additionalItems",
            "prefixItems", "contains", "minContains", "maxContains", "minItems", "maxItems", "uniqueItems",
            "unevaluatedItems", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "discriminator",
            "nullable", "x-order");

    private static final int MAX_REF_CHAIN = 32;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final JsonNode root;
    private final SchemaDraft draft;
    private final SchemaFormModel.Options options;
    private final Deque<String> refStack = new ArrayDeque<>();
    private final List<String> notes;

    SchemaMapper(JsonNode root, SchemaDraft draft, SchemaFormModel.Options options, List<String> notes) {
        this.root = root;
        this.draft = draft;
        this.options = options;
        this.notes = notes;
    }

    /** Signals a subtree the form cannot show; carries the plain-words reason. */
    static final class Unrenderable extends Exception {
        Unrenderable(String message) {
            super(message, null, false, false);
        }
    }

    FormField map(JsonNode node, String pointer, String name, boolean required, int depth) {
        return map(node, pointer, name, required, depth, false);
    }

    private FormField map(JsonNode node, String pointer, String name, boolean required, int depth,
            boolean objectBranch) {
        FormField f = new FormField();
        f.pointer = pointer;
        f.name = name;
        f.required = required;
        f.title = Names.humanise(name);
        f.sensitive = Names.looksSecret(name);
        f.schema = node;
        int pushed = 0;
        try {
            if (depth > options.maxDepth()) {
                throw new Unrenderable("It is nested more than " + options.maxDepth()
                        + " levels deep; edit it as JSON.");
            }
            if (node == null || node.isBoolean()) {
                boolean allowed = node == null || node.booleanValue();
                throw new Unrenderable(allowed ? "Any JSON value is allowed here; edit it as JSON."
                        : "The schema allows no value here.");
            }
            if (!node.isObject()) {
                throw new Unrenderable("Its schema is not a JSON object, so the form cannot read it.");
            }
            ObjectNode schema = (ObjectNode) node;
            int before = refStack.size();
            try {
                schema = resolve(schema);
                schema = mergeAllOf(schema, 0);
            } finally {
                pushed = refStack.size() - before;
            }
            f.schema = schema;
            readCommon(f, schema, name);
            checkKeywords(schema);
            mapByType(f, schema, depth, objectBranch);
        } catch (Unrenderable e) {
            f.kind = FieldKind.RAW;
            f.note = e.getMessage();
            f.options = List.of();
            f.properties.clear();
            f.choices.clear();
            f.conditionals.clear();
            notes.add((pointer.isEmpty() ? "The parameters" : "'" + pointer + "'") + ": " + e.getMessage());
        } finally {
            for (int i = 0; i < pushed; i++) {
                refStack.pop();
            }
        }
        return f;
    }

    private void readCommon(FormField f, ObjectNode s, String name) {
        JsonNode title = s.get("title");
        if (title != null && title.isTextual() && !title.asText().isBlank()) {
            f.title = title.asText().strip();
        }
        JsonNode description = s.get("description");
        if (description != null && description.isTextual() && !description.asText().isBlank()) {
            f.description = description.asText().strip();
        }
        f.readOnly = s.path("readOnly").asBoolean(false);
        f.defaultValue = s.get("default");
        f.constValue = s.get("const");
        JsonNode format = s.get("format");
        if (format != null && format.isTextual()) {
            f.format = format.asText();
            if ("password".equals(f.format)) {
                f.sensitive = true;
            }
        }
        f.sensitive |= Names.looksSecret(name);
    }

    private void checkKeywords(ObjectNode s) throws Unrenderable {
        Iterator<Map.Entry<String, JsonNode>> it = s.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey();
            if (k.equals("patternProperties") && e.getValue().isObject() && !e.getValue().isEmpty()) {
                throw new Unrenderable("Its property names follow patterns (patternProperties), which the form"
                        + " cannot show as fields; edit it as JSON.");
            }
            if (KNOWN.contains(k) || isExtension(k)) {
                continue;
            }
            if (e.getValue().isContainerNode()) {
                throw new Unrenderable("It uses the keyword '" + k + "', which the form does not know; edit"
                        + " it as JSON.");
            }
        }
    }

    private static boolean isExtension(String k) {
        return k.startsWith("x-") || k.startsWith("x_") || k.startsWith("$") || k.startsWith("ui:")
                || k.startsWith("openshift") || k.startsWith("console.");
    }

    private void mapByType(FormField f, ObjectNode s, int depth, boolean objectBranch) throws Unrenderable {
        String type = typeOf(s);
        f.type = type;
        if (objectBranch && type == null) {
            type = "object";
            f.type = type;
        }
        if (f.constValue != null) {
            f.kind = FieldKind.CONST;
            f.type = jsonType(f.constValue);
            f.options = List.of(new EnumOption(f.constValue, label(f.constValue)));
            return;
        }
        JsonNode enumNode = s.get("enum");
        if (enumNode != null) {
            if (!enumNode.isArray() || enumNode.isEmpty()) {
                throw new Unrenderable("Its list of allowed values (enum) is empty or malformed.");
            }
            f.kind = FieldKind.ENUM;
            f.options = enumOptions((ArrayNode) enumNode, s.get("enumNames"));
            if (f.type == null) {
                f.type = jsonType(enumNode.get(0));
            }
            return;
        }
        List<EnumOption> constBranches = constBranches(s);
        if (constBranches != null) {
            f.kind = FieldKind.ENUM;
            f.options = constBranches;
            if (f.type == null) {
                f.type = jsonType(constBranches.get(0).value());
            }
            return;
        }
        if (type == null) {
            if (hasArray(s, "oneOf") || hasArray(s, "anyOf")) {
                f.kind = FieldKind.CHOICE;
                f.choices.add(scalarChoice(s, f.pointer, depth));
                return;
            }
            throw new Unrenderable("Its schema gives no type, so any JSON value is allowed; edit it as JSON.");
        }
        switch (type) {
            case "string" -> mapString(f, s);
            case "integer", "number" -> mapNumber(f, s, type);
            case "boolean" -> f.kind = FieldKind.BOOLEAN;
            case "object" -> mapObject(f, s, depth, objectBranch);
            case "array" -> mapArray(f, s, depth);
            case "null" -> {
                f.kind = FieldKind.CONST;
                f.constValue = NODES.nullNode();
                f.options = List.of(new EnumOption(f.constValue, "null"));
            }
            default -> throw new Unrenderable("Its type '" + type + "' is not a JSON Schema type.");
        }
        if (f.kind != FieldKind.OBJECT && (hasArray(s, "oneOf") || hasArray(s, "anyOf"))) {
            f.kind = FieldKind.CHOICE;
            f.choices.add(scalarChoice(s, f.pointer, depth));
        }
    }

    private void mapString(FormField f, ObjectNode s) {
        f.minLength = intOrNull(s.get("minLength"));
        f.maxLength = intOrNull(s.get("maxLength"));
        JsonNode pattern = s.get("pattern");
        f.pattern = pattern != null && pattern.isTextual() ? pattern.asText() : null;
        if ("password".equals(f.format)) {
            f.kind = FieldKind.PASSWORD;
        } else if ("textarea".equals(f.format) || f.maxLength != null && f.maxLength > 255) {
            f.kind = FieldKind.TEXTAREA;
        } else {
            f.kind = FieldKind.TEXT;
        }
    }

    private void mapNumber(FormField f, ObjectNode s, String type) {
        f.kind = "integer".equals(type) ? FieldKind.INTEGER : FieldKind.NUMBER;
        f.minimum = decimalOrNull(s.get("minimum"));
        f.maximum = decimalOrNull(s.get("maximum"));
        JsonNode exMin = s.get("exclusiveMinimum");
        JsonNode exMax = s.get("exclusiveMaximum");
        if (exMin != null && exMin.isBoolean()) {
            f.exclusiveMinimum = exMin.booleanValue() && f.minimum != null;
        } else if (exMin != null && exMin.isNumber()
                && (f.minimum == null || exMin.decimalValue().compareTo(f.minimum) >= 0)) {
            // both present: the stricter bound is the one a value must meet
            f.minimum = exMin.decimalValue();
            f.exclusiveMinimum = true;
        }
        if (exMax != null && exMax.isBoolean()) {
            f.exclusiveMaximum = exMax.booleanValue() && f.maximum != null;
        } else if (exMax != null && exMax.isNumber()
                && (f.maximum == null || exMax.decimalValue().compareTo(f.maximum) <= 0)) {
            f.maximum = exMax.decimalValue();
            f.exclusiveMaximum = true;
        }
        BigDecimal step = decimalOrNull(s.get("multipleOf"));
        f.multipleOf = step != null && step.signum() > 0 ? step : null;
    }

    private void mapObject(FormField f, ObjectNode s, int depth, boolean objectBranch) throws Unrenderable {
        f.kind = FieldKind.OBJECT;
        Set<String> required = new HashSet<>();
        JsonNode req = s.get("required");
        if (req != null && req.isArray()) {
            req.forEach(r -> required.add(r.asText()));
        }
        JsonNode props = s.get("properties");
        if (props != null && !props.isObject()) {
            throw new Unrenderable("Its 'properties' is not a JSON object.");
        }
        Map<String, JsonNode> ordered = new LinkedHashMap<>();
        if (props != null) {
            if (f.pointer.isEmpty() && !options.order().isEmpty()) {
                for (String key : options.order()) {
                    if (props.has(key)) {
                        ordered.put(key, props.get(key));
                    }
                }
            }
            props.fields().forEachRemaining(e -> ordered.putIfAbsent(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, JsonNode> e : ordered.entrySet()) {
            f.properties.add(map(e.getValue(), JsonPointers.append(f.pointer, e.getKey()), e.getKey(),
                    required.contains(e.getKey()), depth + 1));
        }
        JsonNode additional = s.get("additionalProperties");
        if (additional != null && additional.isBoolean()) {
            f.additionalAllowed = additional.booleanValue();
        } else if (additional != null && additional.isObject()) {
            f.additionalValues = map(additional, JsonPointers.append(f.pointer, "-"), null, false, depth + 1);
        }
        Set<String> own = new HashSet<>(ordered.keySet());
        for (String combinator : List.of("oneOf", "anyOf")) {
            if (hasArray(s, combinator)) {
                f.choices.add(choice(s, combinator, f.pointer, depth, own));
            }
        }
        mapConditionals(f, s, depth, own);
        boolean hasFields = !f.properties.isEmpty() || !f.choices.isEmpty() || !f.conditionals.isEmpty();
        if (!hasFields && !objectBranch) {
            if (f.additionalValues != null) {
                f.kind = FieldKind.MAP;
            } else if (f.additionalAllowed) {
                throw new Unrenderable("It is a free-form object with no listed properties; edit it as JSON.");
            }
        }
    }

    private void mapConditionals(FormField f, ObjectNode s, int depth, Set<String> own) {
        for (String key : List.of("dependencies", "dependentSchemas")) {
            JsonNode deps = s.get(key);
            if (deps == null || !deps.isObject()) {
                continue;
            }
            deps.fields().forEachRemaining(e -> {
                if (e.getValue().isObject()) {
                    List<FormField> fields = branchFields(e.getValue(), f.pointer, depth, own);
                    if (!fields.isEmpty()) {
                        f.conditionals.add(new Conditional(e.getKey(), null, fields, List.of()));
                    }
                }
            });
        }
        JsonNode ifSchema = s.get("if");
        if (ifSchema != null && (s.has("then") || s.has("else"))) {
            List<FormField> thenFields = s.has("then") ? branchFields(s.get("then"), f.pointer, depth, own)
                    : List.of();
            List<FormField> elseFields = s.has("else") ? branchFields(s.get("else"), f.pointer, depth, own)
                    : List.of();
            if (!thenFields.isEmpty() || !elseFields.isEmpty()) {
                f.conditionals.add(new Conditional(null, conditionSchema(ifSchema), thenFields, elseFields));
            }
        }
    }

    /** The {@code if} schema made self-contained: the root's definitions and $schema travel with it. */
    private JsonNode conditionSchema(JsonNode ifSchema) {
        if (!ifSchema.isObject()) {
            return ifSchema;
        }
        ObjectNode copy = ((ObjectNode) ifSchema).deepCopy();
        for (String k : List.of("definitions", "$defs")) {
            if (root.has(k) && !copy.has(k)) {
                copy.set(k, root.get(k));
            }
        }
        copy.put("$schema", draft.dialectId());
        return copy;
    }

    private List<FormField> branchFields(JsonNode branch, String pointer, int depth, Set<String> own) {
        FormField b = map(branch, pointer, null, false, depth + 1, true);
        List<FormField> out = new ArrayList<>();
        for (FormField p : b.properties) {
            if (!own.contains(p.name)) {
                out.add(p);
            }
        }
        return out;
    }

    private Choice choice(ObjectNode s, String combinator, String pointer, int depth, Set<String> own) {
        ArrayNode arr = (ArrayNode) s.get(combinator);
        List<FormField> branches = new ArrayList<>();
        int i = 1;
        for (JsonNode b : arr) {
            FormField branch = map(b, pointer, null, false, depth + 1, true);
            if (branch.kind == FieldKind.OBJECT) {
                branch.properties.removeIf(p -> own.contains(p.name));
            }
            branch.title = branchTitle(branch, b, i++);
            branches.add(branch);
        }
        return new Choice("oneOf".equals(combinator), branches);
    }

    private Choice scalarChoice(ObjectNode s, String pointer, int depth) throws Unrenderable {
        String combinator = hasArray(s, "oneOf") ? "oneOf" : "anyOf";
        ArrayNode arr = (ArrayNode) s.get(combinator);
        List<FormField> branches = new ArrayList<>();
        String parentType = typeOf(s);
        int i = 1;
        for (JsonNode b : arr) {
            JsonNode branchSchema = b;
            if (parentType != null && b.isObject() && !b.has("type") && !b.has("$ref")) {
                branchSchema = ((ObjectNode) b).deepCopy().put("type", parentType);
            }
            FormField branch = map(branchSchema, pointer, null, false, depth + 1, "object".equals(parentType));
            branch.title = branchTitle(branch, b, i++);
            branches.add(branch);
        }
        return new Choice("oneOf".equals(combinator), branches);
    }

    private static String branchTitle(FormField branch, JsonNode raw, int index) {
        JsonNode t = raw.path("title");
        if (t.isTextual() && !t.asText().isBlank()) {
            return t.asText();
        }
        if (branch.schema != null && branch.schema.path("title").isTextual()) {
            return branch.schema.path("title").asText();
        }
        if (branch.schema != null && branch.schema.path("required").isArray()
                && !branch.schema.path("required").isEmpty()) {
            List<String> names = new ArrayList<>();
            branch.schema.path("required").forEach(r -> names.add(Names.humanise(r.asText())));
            return "With " + String.join(" and ", names);
        }
        if (branch.kind != FieldKind.OBJECT && branch.kind != FieldKind.RAW && branch.type != null) {
            return Names.humanise(branch.type);
        }
        return "Option " + index;
    }

    private void mapArray(FormField f, ObjectNode s, int depth) throws Unrenderable {
        JsonNode items = s.has("prefixItems") ? s.get("prefixItems") : s.get("items");
        if (items != null && items.isArray()) {
            throw new Unrenderable("It is a fixed-position (tuple) list; edit it as JSON.");
        }
        f.minItems = intOrNull(s.get("minItems"));
        f.maxItems = intOrNull(s.get("maxItems"));
        f.uniqueItems = s.path("uniqueItems").asBoolean(false);
        if (items == null) {
            throw new Unrenderable("Its items may be any JSON value; edit the list as JSON.");
        }
        FormField item = map(items, JsonPointers.append(f.pointer, "-"), null, false, depth + 1);
        item.sensitive |= f.sensitive;
        if (item.kind == FieldKind.ENUM && f.uniqueItems) {
            f.kind = FieldKind.MULTI_SELECT;
            f.options = item.options;
            f.items = item;
            return;
        }
        f.kind = FieldKind.ARRAY;
        f.items = item;
    }

    /** Follows {@code $ref} chains; sibling keywords overlay the target (title, description, default). */
    private ObjectNode resolve(ObjectNode schema) throws Unrenderable {
        ObjectNode current = schema;
        int steps = 0;
        while (current.has("$ref")) {
            if (++steps > MAX_REF_CHAIN) {
                throw new Unrenderable("Its $ref chain is too long.");
            }
            JsonNode refNode = current.get("$ref");
            if (!refNode.isTextual()) {
                throw new Unrenderable("Its $ref is not a string.");
            }
            String ref = refNode.asText();
            if (!ref.startsWith("#")) {
                throw new Unrenderable("It refers to the remote schema '" + ref
                        + "', which the console does not download; edit it as JSON.");
            }
            if (refStack.contains(ref)) {
                throw new Unrenderable("Its schema refers to itself (" + ref + "); edit this part as JSON.");
            }
            String pointer = percentDecode(ref.substring(1));
            if (!pointer.isEmpty() && !pointer.startsWith("/")) {
                throw new Unrenderable("It refers to '" + ref + "' by name (an anchor), which the console does not"
                        + " follow; edit this part as JSON.");
            }
            JsonNode target;
            try {
                // JsonNode.at undoes the pointer's own ~0/~1 escapes
                target = pointer.isEmpty() ? root : root.at(pointer);
            } catch (IllegalArgumentException e) {
                throw new Unrenderable("Its $ref '" + ref + "' is not a valid JSON pointer; edit this part as JSON.");
            }
            if (target.isMissingNode()) {
                throw new Unrenderable("It refers to '" + ref + "', which the schema does not contain.");
            }
            if (target.isBoolean()) {
                target = target.booleanValue() ? NODES.objectNode() : NODES.objectNode().set("not",
                        NODES.objectNode());
            }
            if (!target.isObject()) {
                throw new Unrenderable("It refers to '" + ref + "', which is not a schema.");
            }
            refStack.push(ref);
            ObjectNode merged = ((ObjectNode) target).deepCopy();
            ObjectNode siblings = current.deepCopy();
            siblings.remove("$ref");
            merged.setAll(siblings);
            current = merged;
        }
        return current;
    }

    /**
     * Undoes URI percent-encoding of a $ref fragment ({@code %25} → {@code %}, multi-byte UTF-8 too); unlike
     * form decoding, a '+' stays a '+'. A malformed escape is kept as it is.
     */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = c == '%' && i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
                continue;
            }
            if (bytes.size() > 0) {
                out.append(bytes.toString(StandardCharsets.UTF_8));
                bytes.reset();
            }
            out.append(c);
        }
        if (bytes.size() > 0) {
            out.append(bytes.toString(StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** Merges {@code allOf} subschemas into one: properties and required add up, the first other keyword wins. */
    private ObjectNode mergeAllOf(ObjectNode schema, int level) throws Unrenderable {
        JsonNode allOf = schema.get("allOf");
        if (allOf == null) {
            return schema;
        }
        if (!allOf.isArray()) {
            throw new Unrenderable("Its allOf is not a list.");
        }
        if (level > options.maxDepth()) {
            throw new Unrenderable("Its allOf is nested too deeply.");
        }
        ObjectNode merged = schema.deepCopy();
        merged.remove("allOf");
        for (JsonNode part : allOf) {
            if (part.isBoolean()) {
                continue;
            }
            if (!part.isObject()) {
                throw new Unrenderable("An allOf entry is not a schema.");
            }
            int before = refStack.size();
            ObjectNode resolved;
            try {
                resolved = mergeAllOf(resolve((ObjectNode) part), level + 1);
            } finally {
                while (refStack.size() > before) {
                    refStack.pop();
                }
            }
            mergeInto(merged, resolved);
        }
        return merged;
    }

    private static void mergeInto(ObjectNode target, ObjectNode part) {
        part.fields().forEachRemaining(e -> {
            String k = e.getKey();
            JsonNode v = e.getValue();
            JsonNode existing = target.get(k);
            if (existing == null) {
                target.set(k, v.deepCopy());
            } else if ("properties".equals(k) && existing.isObject() && v.isObject()) {
                v.fields().forEachRemaining(p -> {
                    JsonNode old = existing.get(p.getKey());
                    if (old != null && old.isObject() && p.getValue().isObject()) {
                        ObjectNode both = ((ObjectNode) old).deepCopy();
                        mergeInto(both, (ObjectNode) p.getValue());
                        ((ObjectNode) existing).set(p.getKey(), both);
                    } else {
                        ((ObjectNode) existing).set(p.getKey(), p.getValue().deepCopy());
                    }
                });
            } else if ("required".equals(k) && existing.isArray() && v.isArray()) {
                Set<String> all = new LinkedHashSet<>();
                existing.forEach(r -> all.add(r.asText()));
                v.forEach(r -> all.add(r.asText()));
                ArrayNode arr = NODES.arrayNode();
                all.forEach(arr::add);
                target.set(k, arr);
            }
        });
    }

    private List<EnumOption> constBranches(ObjectNode s) {
        for (String combinator : List.of("oneOf", "anyOf")) {
            JsonNode arr = s.get(combinator);
            if (arr == null || !arr.isArray() || arr.isEmpty()) {
                continue;
            }
            List<EnumOption> out = new ArrayList<>();
            for (JsonNode b : arr) {
                JsonNode value = null;
                if (b.isObject() && b.has("const")) {
                    value = b.get("const");
                } else if (b.isObject() && b.path("enum").isArray() && b.path("enum").size() == 1) {
                    value = b.path("enum").get(0);
                }
                if (value == null) {
                    return null;
                }
                JsonNode title = b.get("title");
                out.add(new EnumOption(value, title != null && title.isTextual() ? title.asText() : label(value)));
            }
            return out;
        }
        return null;
    }

    private static List<EnumOption> enumOptions(ArrayNode values, JsonNode names) {
        List<EnumOption> out = new ArrayList<>();
        boolean named = names != null && names.isArray() && names.size() == values.size();
        for (int i = 0; i < values.size(); i++) {
            JsonNode v = values.get(i);
            String label = named && names.get(i).isTextual() ? names.get(i).asText() : label(v);
            out.add(new EnumOption(v, label));
        }
        return out;
    }

    static String label(JsonNode v) {
        return v.isTextual() ? v.asText() : v.toString();
    }

    private static String typeOf(ObjectNode s) throws Unrenderable {
        JsonNode t = s.get("type");
        if (t == null) {
            if (s.has("properties") || s.has("additionalProperties") || s.has("required")
                    || s.has("dependencies") || s.has("if")) {
                return "object";
            }
            if (s.has("items") || s.has("prefixItems")) {
                return "array";
            }
            if (s.has("enum") && s.get("enum").isArray() && !s.get("enum").isEmpty()) {
                return jsonType(s.get("enum").get(0));
            }
            if (s.has("minLength") || s.has("maxLength") || s.has("pattern") || s.has("format")) {
                return "string";
            }
            if (s.has("minimum") || s.has("maximum") || s.has("multipleOf")) {
                return "number";
            }
            return null;
        }
        if (t.isTextual()) {
            return t.asText();
        }
        if (t.isArray()) {
            List<String> types = new ArrayList<>();
            t.forEach(x -> {
                if (!"null".equals(x.asText())) {
                    types.add(x.asText());
                }
            });
            if (types.size() == 1) {
                return types.get(0);
            }
            if (types.size() == 2 && types.contains("integer") && types.contains("number")) {
                return "number";
            }
            throw new Unrenderable("It accepts several types (" + String.join(", ", types)
                    + "); edit it as JSON.");
        }
        throw new Unrenderable("Its 'type' is malformed.");
    }

    static String jsonType(JsonNode v) {
        if (v == null || v.isNull()) {
            return "null";
        }
        if (v.isTextual()) {
            return "string";
        }
        if (v.isIntegralNumber()) {
            return "integer";
        }
        if (v.isNumber()) {
            return "number";
        }
        if (v.isBoolean()) {
            return "boolean";
        }
        return v.isArray() ? "array" : "object";
    }

    private static boolean hasArray(ObjectNode s, String key) {
        JsonNode n = s.get(key);
        return n != null && n.isArray() && !n.isEmpty();
    }

    private static Integer intOrNull(JsonNode n) {
        return n != null && n.isNumber() && n.canConvertToInt() ? n.intValue() : null;
    }

    private static BigDecimal decimalOrNull(JsonNode n) {
        return n != null && n.isNumber() ? n.decimalValue() : null;
    }
}
