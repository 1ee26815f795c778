package io.servicecatalog.console.app.shell;

import io.servicecatalog.console.app.I18n;
import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.v1beta1.ServicePlanDisplay.Cost;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the views write ages, prices and states, in one place so every view says them alike. */
public final class Formats {

  private Formats() {}

  /** kubectl's short age (42s, 5m, 3h, 12d) of an RFC 3339 timestamp; empty when there is none. */
  public static String age(String timestamp, Instant now) {
    long seconds = ageSeconds(timestamp, now);
    if (seconds == Long.MAX_VALUE) {
      return "";
    }
    seconds = Math.max(0, seconds);
    if (seconds < 120) {
      return I18n.t("age.seconds", seconds);
    }
    if (seconds < 2 * 3600) {
      return I18n.t("age.minutes", seconds / 60);
    }
    if (seconds < 48 * 3600) {
      return I18n.t("age.hours", seconds / 3600);
    }
    return I18n.t("age.days", seconds / 86400);
  }

  /** Seconds since {@code timestamp}; {@link Long#MAX_VALUE} when missing or unreadable (sorts last). */
  public static long ageSeconds(String timestamp, Instant now) {
    if (timestamp == null || timestamp.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      return Duration.between(OffsetDateTime.parse(timestamp).toInstant(), now).getSeconds();
    } catch (DateTimeParseException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * A plan's price as people read it: each currency's amount in the locale's currency format, then the
   * billing unit ("$99.00 / €89.00 per month"). Codes the JDK does not know keep the amount and the code.
   */
  public static String cost(Cost cost, Locale locale) {
    List<String> amounts = new ArrayList<>();
    for (Map.Entry<String, BigDecimal> amount : cost.amounts().entrySet()) {
      amounts.add(money(amount.getKey(), amount.getValue(), locale));
    }
    String joined = String.join(" / ", amounts);
    String unit = cost.unit() == null ? "" : cost.unit().trim();
    if (unit.isEmpty()) {
      return joined;
    }
    String key = "cost.unit." + unit.toLowerCase(Locale.ROOT);
    String per = I18n.t(key);
    if (!per.equals(key)) {
      return I18n.t("cost.per", joined, per);
    }
    String lower = unit.toLowerCase(Locale.ROOT).replace('_', ' ');
    // Brokers often write the whole phrase ("PER GIB STORAGE PER MONTH"); do not say "per" twice.
    return lower.startsWith("per ") ? I18n.t("cost.per", joined, lower) : I18n.t("cost.unit.other", joined, lower);
  }

  static String money(String code, BigDecimal amount, Locale locale) {
    try {
      Currency currency = Currency.getInstance(code.toUpperCase(Locale.ROOT));
      NumberFormat format = NumberFormat.getCurrencyInstance(locale);
      format.setCurrency(currency);
      format.setMaximumFractionDigits(Math.max(currency.getDefaultFractionDigits(), Math.min(amount.scale(), 4)));
      return format.format(amount);
    } catch (IllegalArgumentException e) {
      // Brokers may price in units the JDK has no currency for (credits, points): show them as they are.
      return NumberFormat.getNumberInstance(locale).format(amount) + " " + code;
    }
  }

  /** The badge tone of a status phase. */
  public static Tone tone(Phase phase) {
    return switch (phase) {
      case READY -> Tone.SUCCESS;
      case IN_PROGRESS -> Tone.ACCENT;
      case ERROR -> Tone.WARNING;
      case FAILED -> Tone.DANGER;
      case REMOVED, UNKNOWN -> Tone.NEUTRAL;
    };
  }

  /** A text or an em dash when there is none, so empty fields read as deliberate. */
  public static String orDash(String text) {
    return text == null || text.isBlank() ? "\u2014" : text;
  }
}
