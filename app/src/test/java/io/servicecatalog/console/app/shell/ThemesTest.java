package io.servicecatalog.console.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.app.settings.InMemorySettings;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ThemesTest {

  @Test
  @DisplayName("reads each desktop's dark-mode answer")
  void readsDesktopAnswers() {
    assertThat(Themes.readsDark("mac os x", "Dark\n")).isTrue();
    assertThat(Themes.readsDark("windows 11", "    AppsUseLightTheme    REG_DWORD    0x0\n")).isTrue();
    assertThat(Themes.readsDark("windows 11", "    AppsUseLightTheme    REG_DWORD    0x1\n")).isFalse();
    assertThat(Themes.readsDark("linux", "'prefer-dark'\n")).isTrue();
    assertThat(Themes.readsDark("linux", "'default'\n")).isFalse();
  }

  @Test
  @DisplayName("follows the system unless the user chose, and survives a bad saved value")
  void savedChoice() {
    InMemorySettings settings = new InMemorySettings();
    assertThat(Themes.saved(settings)).isEqualTo(Themes.Choice.SYSTEM);
    settings.put(Themes.SETTING, "DARK");
    assertThat(Themes.saved(settings)).isEqualTo(Themes.Choice.DARK);
    settings.put(Themes.SETTING, "purple");
    assertThat(Themes.saved(settings)).isEqualTo(Themes.Choice.SYSTEM);
  }
}
