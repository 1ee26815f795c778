package io.servicecatalog.console.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {

  @Test
  void noArgumentsOpensTheChooser() {
    LaunchOptions options = LaunchOptions.parse(List.of());

    assertThat(options.sandbox()).isFalse();
    assertThat(options.sandboxOptions().largeCatalog()).isFalse();
  }

  @Test
  void sandboxOpensTheSampleCatalog() {
    LaunchOptions options = LaunchOptions.parse(List.of("--sandbox"));

    assertThat(options.sandbox()).isTrue();
    assertThat(options.sandboxOptions().largeCatalog()).isFalse();
  }

  @Test
  void sandboxLargeGeneratesTwoThousandServicesWithTenPlansEach() {
    LaunchOptions options = LaunchOptions.parse(List.of("--sandbox-large"));

    assertThat(options.sandbox()).isTrue();
    assertThat(options.sandboxOptions().largeCatalogServices()).isEqualTo(2_000);
    assertThat(options.sandboxOptions().largeCatalogPlans()).isEqualTo(10);
  }

  @Test
  void sandboxLargeTakesACount() {
    assertThat(LaunchOptions.parse(List.of("--sandbox-large=500")).sandboxOptions().largeCatalogServices())
        .isEqualTo(500);
  }

  @Test
  void badCountsAndUnknownArgumentsAreIgnoredNotFatal() {
    LaunchOptions options = LaunchOptions.parse(List.of("--sandbox-large=lots", "-psn_0_1234", "--sandbox-large=0"));

    assertThat(options.sandbox()).isFalse();
    assertThat(options.ignored()).containsExactly("--sandbox-large=lots", "-psn_0_1234", "--sandbox-large=0");
  }
}
