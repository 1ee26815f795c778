package io.servicecatalog.console.app.wizard;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.app.settings.InMemorySettings;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Drafts are kept per cluster, wizard kind and scope, read back with their time, and forgotten on request. */
class DraftsTest {

  record Sample(String name, List<String> items) {}

  private final InMemorySettings settings = new InMemorySettings();
  private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);

  @Test
  @DisplayName("a saved draft comes back with its time; clear forgets it")
  void saveLoadClear() {
    Drafts drafts = new Drafts(settings, "kind-dev", clock);
    drafts.save("bind", "shop/db", new Sample("orders", List.of("a", "b")));
    Drafts.Saved<Sample> saved = drafts.load("bind", "shop/db", Sample.class).orElseThrow();
    assertThat(saved.draft()).isEqualTo(new Sample("orders", List.of("a", "b")));
    assertThat(saved.savedAt()).isEqualTo(clock.instant());
    drafts.clear("bind", "shop/db");
    assertThat(drafts.load("bind", "shop/db", Sample.class)).isEmpty();
  }

  @Test
  @DisplayName("drafts of another cluster, kind or scope are not offered")
  void keyedPerClusterKindScope() {
    new Drafts(settings, "kind-dev", clock).save("bind", "shop/db", new Sample("orders", List.of()));
    assertThat(new Drafts(settings, "prod", clock).load("bind", "shop/db", Sample.class)).isEmpty();
    assertThat(new Drafts(settings, "kind-dev", clock).load("provision", "shop/db", Sample.class)).isEmpty();
    assertThat(new Drafts(settings, "kind-dev", clock).load("bind", "shop/other", Sample.class)).isEmpty();
  }

  @Test
  @DisplayName("keys stay within the preferences store's limit for long cluster names and scopes")
  void keysFitPreferences() {
    Drafts drafts = new Drafts(settings, "x".repeat(300), clock);
    assertThat(drafts.key("provision", "y".repeat(300)).length()).isLessThanOrEqualTo(Preferences.MAX_KEY_LENGTH);
  }

  @Test
  @DisplayName("a draft too large for the store is not kept; an unreadable one is dropped")
  void tooLargeOrUnreadable() {
    Drafts drafts = new Drafts(settings, "kind-dev", clock);
    drafts.save("bind", "", new Sample("x".repeat(Drafts.MAX_LENGTH), List.of()));
    assertThat(drafts.load("bind", "", Sample.class)).isEmpty();
    settings.put(drafts.key("bind", ""), "{not json");
    assertThat(drafts.load("bind", "", Sample.class)).isEmpty();
    assertThat(settings.get(drafts.key("bind", ""))).isEmpty();
  }
}
