package io.servicecatalog.console.osb.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * One cost of a paid plan: amounts by lower-case currency code (e.g. {@code usd → 99.0}) per unit (e.g.
 * {@code MONTHLY}).
 */
public record PlanCost(Map<String, BigDecimal> amount, String unit) {

    public PlanCost {
        amount = Map.copyOf(Objects.requireNonNull(amount, "amount"));
        Objects.requireNonNull(unit, "unit");
    }
}
