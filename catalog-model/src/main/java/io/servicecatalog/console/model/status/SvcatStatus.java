package io.servicecatalog.console.model.status;

import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * svcat's one-word status rule, which is also how the controller fills {@code status.lastConditionState} (the STATUS
 * column of {@code kubectl get}): take the last condition; if it is True show its type, otherwise its reason.
 */
public final class SvcatStatus {

  private static final DateTimeFormatter GO_UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '+0000 UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private SvcatStatus() {
  }

  /** The one-word status of a condition list; empty string when there are no conditions. */
  public static String of(List<ServiceCatalogCondition> conditions) {
    if (conditions == null || conditions.isEmpty()) {
      return "";
    }
    ServiceCatalogCondition last = conditions.get(conditions.size() - 1);
    if (ServiceCatalogCondition.STATUS_TRUE.equals(last.getStatus())) {
      return nullToEmpty(last.getType());
    }
    return nullToEmpty(last.getReason());
  }

  /**
   * svcat describe's status line: {@code <status> - <message without trailing '.'> @ <time in UTC>}, e.g.
   * {@code Ready - The instance was provisioned successfully @ 2018-01-11 20:59:47 +0000 UTC}, with every trailing dot
   * removed as svcat does; empty string when there are no conditions or the one-word status is empty.
   */
  public static String describe(List<ServiceCatalogCondition> conditions) {
    if (conditions == null || conditions.isEmpty()) {
      return "";
    }
    ServiceCatalogCondition last = conditions.get(conditions.size() - 1);
    String status = of(conditions);
    if (status.isEmpty()) {
      return "";
    }
    // svcat: strings.TrimRight(message, ".") — every trailing dot, and nothing else (no whitespace trimming)
    String message = nullToEmpty(last.getMessage());
    int end = message.length();
    while (end > 0 && message.charAt(end - 1) == '.') {
      end--;
    }
    message = message.substring(0, end);
    String time = last.lastTransitionInstant().map(GO_UTC::format).orElse(nullToEmpty(last.getLastTransitionTime()));
    return status + " - " + message + " @ " + time;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
