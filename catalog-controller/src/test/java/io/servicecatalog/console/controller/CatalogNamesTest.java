package io.servicecatalog.console.controller;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.naming.KubernetesNames;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Upstream's name escaping and label hashing. */
class CatalogNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "f485442d-319b-43d4-80ef-bdf7ae200b09, f485442d-319b-43d4-80ef-bdf7ae200b09",
      "Abc, z41zbc",
      "my_service, myz5fzservice",
      "zebra, z7azebra",
      "-lead, z2dzlead",
      "trail., trailz2ez",
      "a..b, a.z2ezb",
      "a.-b, a.z2dzb"})
  void escapesLikeUpstream(String id, String expected) {
    assertThat(CatalogNames.escapedName(id)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} hashes to {1}")
  @CsvSource({
      "default, f0e8b3c2dda2512b55e4dc5d4859b1877e98109c7c4e755ccd2a5763",
      "test-broker, 57fb37270f812e45fefeb2b3c6d0ef2a010e282d28e118997fa03ce0"})
  void labelValueIsSha224(String value, String expected) {
    assertThat(CatalogNames.labelValue(value)).isEqualTo(expected);
  }

  static Stream<Arguments> randomIds() {
    long seed = 20261123L;
    Random random = new Random(seed);
    String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._:/ ";
    return IntStream.range(0, 200).mapToObj(i -> {
      int length = 1 + random.nextInt(80);
      StringBuilder id = new StringBuilder();
      for (int c = 0; c < length; c++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      return Arguments.of(seed, id.toString());
    });
  }

  @ParameterizedTest(name = "seed {0}: {1}")
  @MethodSource("randomIds")
  void escapedNamesAreValidObjectNames(long seed, String id) {
    String name = CatalogNames.escapedName(id);
    assertThat(name).isEqualTo(CatalogNames.escapedName(id));
    assertThat(name.length()).isLessThanOrEqualTo(63);
    assertThat(KubernetesNames.checkSubdomain(name).valid()).as(name).isTrue();
  }
}
