package io.servicecatalog.console.controller;

import io.servicecatalog.console.model.v1beta1.ConditionedStatus;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import java.util.ArrayList;
import java.util.List;

/** Sets and removes status conditions the way the upstream controller does, and keeps lastConditionState in step. */
final class Conditions {

  private Conditions() {
  }

  /**
   * Sets a condition: an existing one of the same type keeps its place and its transition time unless its status
   * changes; a new type is appended.
   */
  static void set(ConditionedStatus status, String type, String conditionStatus, String reason, String message,
      String now) {
    List<ServiceCatalogCondition> conditions = status.getConditions() == null ? new ArrayList<>()
        : new ArrayList<>(status.getConditions());
    ServiceCatalogCondition existing = conditions.stream().filter(c -> type.equals(c.getType())).findFirst()
        .orElse(null);
    if (existing == null) {
      conditions.add(new ServiceCatalogCondition(type, conditionStatus, now, reason, message));
    } else {
      if (!conditionStatus.equals(existing.getStatus())) {
        existing.setLastTransitionTime(now);
      }
      existing.setStatus(conditionStatus);
      existing.setReason(reason);
      existing.setMessage(message);
    }
    status.setConditions(conditions);
    status.setLastConditionState(lastConditionState(conditions));
  }

  static void remove(ConditionedStatus status, String type) {
    if (status.getConditions() == null) {
      return;
    }
    List<ServiceCatalogCondition> conditions = new ArrayList<>(status.getConditions());
    conditions.removeIf(c -> type.equals(c.getType()));
    status.setConditions(conditions);
    status.setLastConditionState(lastConditionState(conditions));
  }

  static boolean isTrue(ConditionedStatus status, String type) {
    return status != null && status.getConditions() != null
        && status.getConditions().stream().anyMatch(c -> c.isTrue(type));
  }

  /** The type of the last condition if it is True, else its reason (upstream {@code recalculate.go}). */
  static String lastConditionState(List<ServiceCatalogCondition> conditions) {
    if (conditions.isEmpty()) {
      return null;
    }
    ServiceCatalogCondition last = conditions.get(conditions.size() - 1);
    return ServiceCatalogCondition.STATUS_TRUE.equals(last.getStatus()) ? last.getType() : last.getReason();
  }
}
