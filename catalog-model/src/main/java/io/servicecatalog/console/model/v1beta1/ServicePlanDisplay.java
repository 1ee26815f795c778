package io.servicecatalog.console.model.v1beta1;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The conventional display fields of an OSB plan's {@code metadata} (the plan's {@code spec.externalMetadata}):
 * display name, bullet points and costs, read leniently (entries of the wrong shape are left out).
 *
 * @param displayName the name to show instead of the external name
 * @param bullets feature bullet points
 * @param costs prices, each with amounts per currency and a unit such as {@code MONTHLY}
 */
public record ServicePlanDisplay(Optional<String> displayName, List<String> bullets, List<Cost> costs) {

  /**
   * One entry of {@code metadata.costs}.
   *
   * @param amounts amount per currency code (for example {@code usd} → 99.0), in the broker's order
   * @param unit the billing unit, for example {@code MONTHLY}; empty string when missing
   */
  public record Cost(Map<String, BigDecimal> amounts, String unit) {
    public Cost {
      amounts = Collections.unmodifiableMap(new LinkedHashMap<>(amounts));
    }
  }

  public ServicePlanDisplay {
    bullets = List.copyOf(bullets);
    costs = List.copyOf(costs);
  }

  /** Reads the display fields from raw external metadata; {@code null} or a non-object gives empty fields. */
  public static ServicePlanDisplay of(JsonNode externalMetadata) {
    List<String> bullets = new ArrayList<>();
    List<Cost> costs = new ArrayList<>();
    if (externalMetadata != null && externalMetadata.isObject()) {
      JsonNode bulletNodes = externalMetadata.path("bullets");
      for (JsonNode bullet : bulletNodes) {
        if (bullet.isTextual()) {
          bullets.add(bullet.asText());
        }
      }
      for (JsonNode cost : externalMetadata.path("costs")) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : cost.path("amount").properties()) {
          if (entry.getValue().isNumber()) {
            amounts.put(entry.getKey(), entry.getValue().decimalValue());
          }
        }
        if (!amounts.isEmpty()) {
          costs.add(new Cost(amounts, cost.path("unit").asText("")));
        }
      }
    }
    return new ServicePlanDisplay(ServiceClassDisplay.text(externalMetadata, "displayName"), bullets, costs);
  }
}
