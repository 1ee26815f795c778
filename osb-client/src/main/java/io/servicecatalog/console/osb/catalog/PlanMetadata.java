package io.servicecatalog.console.osb.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata blob of a plan with the profile's conventions read out: {@code displayName}, {@code bullets} and
 * {@code costs}. Entries that do not follow the convention are skipped, never fatal (the blob is opaque by spec).
 */
public final class PlanMetadata {

    private final ObjectNode json;

    PlanMetadata(ObjectNode json) {
        this.json = json;
    }

    public Optional<String> displayName() {
        return ServiceMetadata.text(json, "displayName");
    }

    /** Feature bullets to show under the plan; non-string entries are skipped. */
    public List<String> bullets() {
        JsonNode bullets = json.get("bullets");
        if (bullets == null || !bullets.isArray()) {
            return List.of();
        }
        List<String> result = new ArrayList<>();
        bullets.forEach(b -> {
            if (b.isTextual()) {
                result.add(b.textValue());
            }
        });
        return List.copyOf(result);
    }

    /** Costs such as {@code {"amount":{"usd":99.0},"unit":"MONTHLY"}}; malformed entries are skipped. */
    public List<PlanCost> costs() {
        JsonNode costs = json.get("costs");
        if (costs == null || !costs.isArray()) {
            return List.of();
        }
        List<PlanCost> result = new ArrayList<>();
        for (JsonNode cost : costs) {
            JsonNode amount = cost.get("amount");
            JsonNode unit = cost.get("unit");
            if (amount == null || !amount.isObject() || unit == null || !unit.isTextual()) {
                continue;
            }
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            amount.properties().forEach(e -> {
                if (e.getValue().isNumber()) {
                    amounts.put(e.getKey(), e.getValue().decimalValue());
                }
            });
            if (!amounts.isEmpty()) {
                result.add(new PlanCost(amounts, unit.textValue()));
            }
        }
        return List.copyOf(result);
    }

    /** Any metadata field, conventional or not. */
    public Optional<JsonNode> get(String field) {
        return Optional.ofNullable(json.get(field)).map(JsonNode::deepCopy);
    }

    /** The whole blob (a copy). */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    @Override
    public String toString() {
        return "PlanMetadata" + json.properties().stream().map(Map.Entry::getKey).toList();
    }
}
