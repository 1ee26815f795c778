package io.servicecatalog.console.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LiveListTest {

  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  /** Flushes run on the timer thread here; in the app they run on the FX thread. */
  private final LiveList<ConfigMap> list = new LiveList<>(Runnable::run, timer, 20);

  @AfterEach
  void stop() {
    timer.shutdownNow();
  }

  private static ConfigMap obj(String ns, String name, String version) {
    return new ConfigMapBuilder().withNewMetadata().withNamespace(ns).withName(name).withResourceVersion(version).endMetadata().build();
  }

  @Test
  @DisplayName("a storm of 10,000 updates reaches the list in a handful of batches, ending in the last state")
  void coalescesStorm() {
    List<Integer> changeEvents = new ArrayList<>();
    list.items().addListener((ListChangeListener<ConfigMap>) c -> changeEvents.add(1));
    for (int i = 0; i < 10_000; i++) {
      list.upsert(obj("ns", "cm-" + (i % 100), String.valueOf(i)));
    }
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 100
        && list.items().stream().anyMatch(cm -> cm.getMetadata().getResourceVersion().equals("9999")));
    assertThat(list.flushCount()).isLessThan(50);
    assertThat(changeEvents.size()).isLessThan(5_000);
    assertThat(list.items()).allSatisfy(cm -> assertThat(Integer.parseInt(cm.getMetadata().getResourceVersion())).isGreaterThanOrEqualTo(9_900));
  }

  @Test
  @DisplayName("a large batch of updates, adds and deletes arrives as one list change, in place and in order")
  void largeBatchIsOneChange() {
    // A long interval, so that everything below is queued before the one flush that applies it.
    LiveList<ConfigMap> list = new LiveList<>(Runnable::run, timer, 400);
    for (int i = 0; i < 1_000; i++) {
      list.upsert(obj("ns", "cm-" + i, "1"));
    }
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 1_000);
    List<Integer> changeEvents = new ArrayList<>();
    list.items().addListener((ListChangeListener<ConfigMap>) c -> changeEvents.add(1));
    for (int i = 0; i < 1_000; i += 2) {
      list.upsert(obj("ns", "cm-" + i, "2"));
    }
    list.delete(obj("ns", "cm-1", "1"));
    list.upsert(obj("ns", "cm-new", "1"));
    org.awaitility.Awaitility.await().until(() -> list.find("ns", "cm-new").isPresent());
    assertThat(changeEvents).hasSize(1);
    assertThat(list.items()).hasSize(1_000);
    assertThat(list.items().get(0).getMetadata().getResourceVersion()).isEqualTo("2");
    assertThat(list.items().get(1).getMetadata().getName()).isEqualTo("cm-2");
    assertThat(list.items().get(999).getMetadata().getName()).isEqualTo("cm-new");
    assertThat(list.find("ns", "cm-1")).isEmpty();
    assertThat(list.find("ns", "cm-3")).hasValueSatisfying(cm -> assertThat(cm.getMetadata().getResourceVersion()).isEqualTo("1"));
  }

  @Test
  @DisplayName("updates to many objects in one flush arrive as one list change, a replacement per object in place")
  void updatesAreOneChange() {
    LiveList<ConfigMap> list = new LiveList<>(Runnable::run, timer, 400);
    for (int i = 0; i < 100; i++) {
      list.upsert(obj("ns", "cm-" + i, "1"));
    }
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 100);
    List<int[]> replaced = new ArrayList<>();
    List<Integer> changeEvents = new ArrayList<>();
    list.items().addListener((ListChangeListener<ConfigMap>) c -> {
      changeEvents.add(1);
      while (c.next()) {
        assertThat(c.wasReplaced()).isTrue();
        replaced.add(new int[] {c.getFrom(), c.getTo()});
      }
    });
    for (int i = 90; i >= 0; i -= 3) {
      list.upsert(obj("ns", "cm-" + i, "2"));
    }
    org.awaitility.Awaitility.await().until(() -> list.find("ns", "cm-0").orElseThrow().getMetadata()
        .getResourceVersion().equals("2"));
    assertThat(changeEvents).hasSize(1);
    assertThat(replaced).hasSize(31).allSatisfy(r -> assertThat(r[1] - r[0]).isEqualTo(1));
    assertThat(list.items()).hasSize(100);
    for (int i = 0; i < 100; i++) {
      assertThat(list.items().get(i).getMetadata().getName()).isEqualTo("cm-" + i);
      assertThat(list.items().get(i).getMetadata().getResourceVersion()).isEqualTo(i % 3 == 0 && i <= 90 ? "2" : "1");
    }
  }

  @Test
  @DisplayName("find looks an object up by namespace and name, following updates, deletes and cluster scope")
  void findsByNamespaceAndName() {
    list.upsert(obj("a", "x", "1"));
    list.upsert(obj(null, "x", "1"));
    list.upsert(obj("a", "y", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 3);
    assertThat(list.find("a", "x")).hasValueSatisfying(cm -> assertThat(cm.getMetadata().getNamespace()).isEqualTo("a"));
    assertThat(list.find(null, "x")).hasValueSatisfying(cm -> assertThat(cm.getMetadata().getNamespace()).isNull());
    assertThat(list.find("b", "x")).isEmpty();
    list.upsert(obj("a", "x", "2"));
    list.delete(obj("a", "y", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 2);
    assertThat(list.find("a", "x")).hasValueSatisfying(cm -> assertThat(cm.getMetadata().getResourceVersion()).isEqualTo("2"));
    assertThat(list.find("a", "y")).isEmpty();
  }

  @Test
  @DisplayName("updates replace the row in place; deletes remove it; the same name in another namespace is another row")
  void upsertAndDelete() {
    list.upsert(obj("a", "x", "1"));
    list.upsert(obj("b", "x", "1"));
    list.upsert(obj("a", "y", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 3);
    list.upsert(obj("a", "x", "2"));
    list.delete(obj("a", "y", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 2);
    assertThat(list.items()).extracting(cm -> cm.getMetadata().getNamespace() + "/" + cm.getMetadata().getName() + "@" + cm.getMetadata().getResourceVersion())
        .containsExactly("a/x@2", "b/x@1");
  }

  @Test
  @DisplayName("a held list queues changes without flushing and applies them all in one flush when released")
  void holdAndRelease() {
    list.upsert(obj("a", "before", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 1);
    long flushesBefore = list.flushCount();
    list.hold();
    for (int i = 0; i < 500; i++) {
      list.upsert(obj("a", "listed-" + i, "1"));
    }
    // Many flush intervals pass: nothing may reach the list while it is held.
    org.awaitility.Awaitility.await().during(java.time.Duration.ofMillis(200)).atMost(java.time.Duration.ofSeconds(2))
        .until(() -> list.items().size() == 1);
    assertThat(list.held()).isTrue();
    List<Integer> changeEvents = new ArrayList<>();
    list.items().addListener((ListChangeListener<ConfigMap>) c -> changeEvents.add(1));
    list.release();
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 501);
    assertThat(list.flushCount()).isEqualTo(flushesBefore + 1);
    assertThat(changeEvents).hasSize(1);
    assertThat(list.held()).isFalse();
    // Released, it flushes on its interval again.
    list.delete(obj("a", "before", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 500);
  }

  @Test
  @DisplayName("an object deleted and recreated within one batch ends up present; replaceAll and clear start afresh")
  void deleteRecreateAndReplace() {
    list.upsert(obj("a", "x", "1"));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 1);
    list.delete(obj("a", "x", "1"));
    list.upsert(obj("a", "x", "5"));
    org.awaitility.Awaitility.await().until(() -> list.items().get(0).getMetadata().getResourceVersion().equals("5"));
    list.replaceAll(List.of(obj("z", "1", "1"), obj("z", "2", "1")));
    org.awaitility.Awaitility.await().until(() -> list.items().size() == 2
        && list.items().get(0).getMetadata().getNamespace().equals("z"));
    list.clear();
    org.awaitility.Awaitility.await().until(() -> list.items().isEmpty());
  }

  @Test
  @DisplayName("rows follow their objects: an update sets the row and is announced as an update; rows come and go with objects")
  void rowsFollowTheirObjects() {
    LiveList<ConfigMap> list = new LiveList<>(Runnable::run, timer, 400);
    List<LiveRow<ConfigMap>> rows = list.rows();
    list.upsert(obj("ns", "a", "1"));
    list.upsert(obj("ns", "b", "1"));
    org.awaitility.Awaitility.await().until(() -> rows.size() == 2);
    LiveRow<ConfigMap> a = rows.get(0);
    LiveRow<ConfigMap> b = rows.get(1);
    assertThat(a.key()).isEqualTo("ns/a");
    List<Integer> seen = new ArrayList<>();
    b.addListener(o -> seen.add(-1));
    List<String> changes = new ArrayList<>();
    list.rows().addListener((ListChangeListener<LiveRow<ConfigMap>>) c -> {
      while (c.next()) {
        changes.add(c.wasUpdated() ? "updated " + c.getFrom() : c.wasAdded() ? "added " + c.getAddedSize() : "removed " + c.getRemovedSize());
      }
    });

    list.upsert(obj("ns", "b", "2"));
    org.awaitility.Awaitility.await().until(() -> b.get().getMetadata().getResourceVersion().equals("2"));
    assertThat(seen).hasSize(1);
    assertThat(changes).containsExactly("updated 1");
    assertThat(rows).containsExactly(a, b);

    list.delete(obj("ns", "a", "1"));
    list.upsert(obj("ns", "c", "1"));
    org.awaitility.Awaitility.await().until(() -> rows.size() == 2 && rows.get(1).key().equals("ns/c"));
    assertThat(rows.get(0)).isSameAs(b);
    assertThat(changes).containsExactly("updated 1", "removed 1", "added 1");

    // A relist keeps the rows of the objects that are still there, holding their newest versions.
    list.replaceAll(List.of(obj("ns", "b", "3"), obj("ns", "d", "1")));
    org.awaitility.Awaitility.await().until(() -> rows.size() == 2 && rows.get(1).key().equals("ns/d"));
    assertThat(rows.get(0)).isSameAs(b);
    assertThat(b.get().getMetadata().getResourceVersion()).isEqualTo("3");
    assertThat(list.items()).extracting(cm -> cm.getMetadata().getName()).containsExactly("b", "d");
  }
}
