package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.status.Phase;
import io.servicecatalog.console.model.v1beta1.ServicePlanDisplay.Cost;
import io.servicecatalog.console.ui.controls.ConditionBadge.Tone;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormatsTest {

  private static Cost cost(String unit, Object... amounts) {
    Map<String, BigDecimal> map = new LinkedHashMap<>();
    for (int i = 0; i < amounts.length; i += 2) {
      map.put((String) amounts[i], new BigDecimal(amounts[i + 1].toString()));
    }
    return new Cost(map, unit);
  }

  @Test
  @DisplayName("a price shows each currency in the locale's format and the billing unit in words")
  void costs() {
    assertThat(Formats.cost(cost("MONTHLY", "usd", "99"), Locale.US)).isEqualTo("$99.00 per month");
    assertThat(Formats.cost(cost("MONTHLY", "usd", "99", "eur", "89.5"), Locale.US)).isEqualTo("$99.00 / \u20ac89.50 per month");
    assertThat(Formats.cost(cost("HOURLY", "usd", "0.0125"), Locale.US)).isEqualTo("$0.0125 per hour");
    assertThat(Formats.cost(cost("", "eur", "10"), Locale.GERMANY)).isEqualTo("10,00\u00a0\u20ac");
  }

  @Test
  @DisplayName("units and currencies the JDK does not know are shown as the broker wrote them")
  void unknownUnitsAndCurrencies() {
    assertThat(Formats.cost(cost("PER_GB", "credits", "3"), Locale.US)).isEqualTo("3 credits per gb");
    assertThat(Formats.cost(cost("PER GIB STORAGE PER MONTH", "usd", "0.12"), Locale.US)).isEqualTo("$0.12 per gib storage per month");
    assertThat(Formats.cost(cost("seat", "usd", "5"), Locale.US)).isEqualTo("$5.00 per seat");
  }

  @Test
  @DisplayName("ages read like kubectl's and missing timestamps read empty")
  void ages() {
    Instant now = Instant.parse("2026-01-10T12:00:00Z");
    assertThat(Formats.age("2026-01-10T11:59:30Z", now)).isEqualTo("30s");
    assertThat(Formats.age("2026-01-10T11:00:00Z", now)).isEqualTo("60m");
    assertThat(Formats.age("2026-01-09T12:00:00Z", now)).isEqualTo("24h");
    assertThat(Formats.age("2026-01-01T12:00:00Z", now)).isEqualTo("9d");
    assertThat(Formats.age(null, now)).isEmpty();
    assertThat(Formats.age("yesterday", now)).isEmpty();
  }

  @Test
  @DisplayName("each status phase has its badge tone")
  void tones() {
    assertThat(Formats.tone(Phase.READY)).isEqualTo(Tone.SUCCESS);
    assertThat(Formats.tone(Phase.FAILED)).isEqualTo(Tone.DANGER);
    assertThat(Formats.tone(Phase.ERROR)).isEqualTo(Tone.WARNING);
    assertThat(Formats.tone(Phase.IN_PROGRESS)).isEqualTo(Tone.ACCENT);
  }
}
