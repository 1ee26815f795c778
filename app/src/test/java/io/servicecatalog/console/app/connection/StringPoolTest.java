package io.servicecatalog.console.app.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StringPoolTest {

  @Test
  void equalValuesComeBackAsOneInstance() {
    StringPool pool = new StringPool(8);
    String first = pool.canonical(new String("servicecatalog.k8s.io/v1beta1"));
    String second = pool.canonical(new String("servicecatalog.k8s.io/v1beta1"));
    assertThat(second).isSameAs(first).isEqualTo("servicecatalog.k8s.io/v1beta1");
  }

  @Test
  void nullAndEmptyPassThrough() {
    StringPool pool = new StringPool(4);
    assertThat(pool.canonical(null)).isNull();
    assertThat(pool.canonical("")).isEmpty();
  }

  @Test
  void holdsNoMoreThanItsSlots() {
    // Any number of unique values (a long session's resourceVersions): at most one kept per slot, every answer equal.
    StringPool pool = new StringPool(4);
    for (int i = 0; i < 10_000; i++) {
      String value = "resourceVersion-" + i;
      assertThat(pool.canonical(new String(value))).isEqualTo(value);
    }
    assertThat(pool.pooled()).isBetween(1, 16);
    assertThatThrownBy(() -> new StringPool(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
