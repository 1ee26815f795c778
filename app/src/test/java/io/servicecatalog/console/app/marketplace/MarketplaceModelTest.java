package io.servicecatalog.console.app.marketplace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.model.v1beta1.ClusterObjectReference;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlanSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClass;
import io.servicecatalog.console.model.v1beta1.ServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClassStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MarketplaceModelTest {

  private final ObservableList<HasMetadata> clusterClasses = FXCollections.observableArrayList();
  private final ObservableList<HasMetadata> classes = FXCollections.observableArrayList();
  private final ObservableList<HasMetadata> clusterPlans = FXCollections.observableArrayList();
  private final ObservableList<HasMetadata> plans = FXCollections.observableArrayList();
  private final MarketplaceModel model = new MarketplaceModel(List.of(clusterClasses, classes), List.of(clusterPlans, plans));

  static ClusterServiceClass clusterClass(String name, String broker, String displayName, String description, List<String> tags) {
    ClusterServiceClass c = new ClusterServiceClass();
    c.getMetadata().setName(name + "-id");
    ClusterServiceClassSpec spec = new ClusterServiceClassSpec();
    spec.setExternalName(name);
    spec.setClusterServiceBrokerName(broker);
    spec.setDescription(description);
    spec.setTags(tags);
    if (displayName != null) {
      ObjectNode meta = JsonMapper.builder().build().createObjectNode();
      meta.put("displayName", displayName);
      meta.put("providerDisplayName", "Acme");
      spec.setExternalMetadata(meta);
    }
    c.setSpec(spec);
    return c;
  }

  static ClusterServicePlan plan(String classId, String name, boolean free, Boolean bindable) {
    ClusterServicePlan p = new ClusterServicePlan();
    p.getMetadata().setName(classId + "-" + name);
    ClusterServicePlanSpec spec = new ClusterServicePlanSpec();
    spec.setExternalName(name);
    spec.setFree(free);
    spec.setBindable(bindable);
    ClusterObjectReference ref = new ClusterObjectReference();
    ref.setName(classId);
    spec.setClusterServiceClassRef(ref);
    p.setSpec(spec);
    return p;
  }

  private void sample() {
    clusterClasses.setAll(
        clusterClass("postgres", "acme", "PostgreSQL", "Relational database", List.of("database", "sql")),
        clusterClass("redis", "acme", null, "In-memory cache", List.of("cache")),
        clusterClass("mailer", "other", null, "Send mail", List.of()));
    ServiceClass namespaced = new ServiceClass();
    namespaced.getMetadata().setName("ups-id");
    namespaced.getMetadata().setNamespace("team");
    ServiceClassSpec spec = new ServiceClassSpec();
    spec.setExternalName("user-provided");
    spec.setServiceBrokerName("ns-broker");
    spec.setBindable(true);
    namespaced.setSpec(spec);
    ServiceClass removed = new ServiceClass();
    removed.getMetadata().setName("old-id");
    removed.getMetadata().setNamespace("team");
    ServiceClassSpec oldSpec = new ServiceClassSpec();
    oldSpec.setExternalName("old-service");
    oldSpec.setServiceBrokerName("ns-broker");
    removed.setSpec(oldSpec);
    ServiceClassStatus status = new ServiceClassStatus();
    status.setRemovedFromBrokerCatalog(true);
    removed.setStatus(status);
    classes.setAll(namespaced, removed);
    clusterPlans.setAll(plan("postgres-id", "small", true, null), plan("postgres-id", "large", false, true),
        plan("redis-id", "paid", false, null));
  }

  private List<String> shown() {
    return model.shown().stream().map(ServiceEntry::externalName).toList();
  }

  @Test
  @DisplayName("search matches name, display name, description and tags, every word, ignoring case")
  void search() {
    sample();
    model.queryProperty().set("SQL");
    assertThat(shown()).containsExactly("postgres");
    model.queryProperty().set("cache memory");
    assertThat(shown()).containsExactly("redis");
    model.queryProperty().set("relational database");
    assertThat(shown()).containsExactly("postgres");
    model.queryProperty().set("nothing-like-this");
    assertThat(shown()).isEmpty();
  }

  @Test
  @DisplayName("filters by broker, tag, scope, bindable and free; removed classes only on request")
  void filters() {
    sample();
    assertThat(shown()).containsExactlyInAnyOrder("postgres", "redis", "mailer", "user-provided");
    model.brokerProperty().set("acme");
    assertThat(shown()).containsExactlyInAnyOrder("postgres", "redis");
    model.brokerProperty().set(null);
    model.tagProperty().set("cache");
    assertThat(shown()).containsExactly("redis");
    model.tagProperty().set(null);
    model.scopeProperty().set(MarketplaceModel.Scope.NAMESPACE);
    assertThat(shown()).containsExactly("user-provided");
    model.scopeProperty().set(MarketplaceModel.Scope.ALL);
    model.bindableOnlyProperty().set(true);
    assertThat(shown()).containsExactlyInAnyOrder("postgres", "user-provided");
    model.bindableOnlyProperty().set(false);
    model.freeOnlyProperty().set(true);
    assertThat(shown()).containsExactly("postgres");
    model.clearFilters();
    model.showRemovedProperty().set(true);
    assertThat(shown()).contains("old-service");
    assertThat(model.find("team/old-id")).get().satisfies(e -> assertThat(e.removed()).isTrue());
    assertThat(model.brokers()).containsExactly("acme", "ns-broker", "other");
    assertThat(model.tags()).containsExactly("cache", "database", "sql");
  }

  @Test
  @DisplayName("plans decide free, paid and bindable; display names come from the broker's metadata")
  void entriesFromPlans() {
    sample();
    ServiceEntry postgres = model.find("/postgres-id").orElseThrow();
    assertThat(postgres.displayName()).isEqualTo("PostgreSQL");
    assertThat(postgres.provider()).isEqualTo("Acme");
    assertThat(postgres.hasFreePlan()).isTrue();
    assertThat(postgres.allPaid()).isFalse();
    assertThat(postgres.bindable()).isTrue();
    ServiceEntry redis = model.find("/redis-id").orElseThrow();
    assertThat(redis.displayName()).isEqualTo("redis");
    assertThat(redis.allPaid()).isTrue();
  }

  @Test
  @DisplayName("sorts by name, provider or broker")
  void sorting() {
    sample();
    assertThat(shown()).containsExactly("mailer", "postgres", "redis", "user-provided");
    model.sortProperty().set(MarketplaceModel.Sort.BROKER);
    assertThat(shown().get(shown().size() - 1)).isEqualTo("mailer");
  }

  @Test
  @DisplayName("numbers in names sort by value: Bulk 9 before Bulk 10 before Bulk 105")
  void naturalNumberOrder() {
    clusterClasses.setAll(
        clusterClass("b105", "bulk", "Bulk 105", "", List.of()),
        clusterClass("b10", "bulk", "Bulk 10", "", List.of()),
        clusterClass("b9", "bulk", "Bulk 9", "", List.of()),
        clusterClass("b1005", "bulk", "Bulk 1005", "", List.of()));

    assertThat(shown()).containsExactly("b9", "b10", "b105", "b1005");
  }

  @Test
  @DisplayName("a live update of one class replaces its entry in place instead of resetting the list")
  void updatesInPlace() {
    sample();
    List<Boolean> permutations = new ArrayList<>();
    model.all().addListener((ListChangeListener<ServiceEntry>) c -> {
      while (c.next()) {
        permutations.add(c.wasReplaced() && c.getFrom() == c.getTo() - 1);
      }
    });
    ClusterServiceClass changed = clusterClass("redis", "acme", "Redis", "In-memory cache, now faster", List.of("cache"));
    clusterClasses.set(1, changed);
    assertThat(permutations).containsOnly(true);
    assertThat(model.find("/redis-id").orElseThrow().description()).isEqualTo("In-memory cache, now faster");
  }

  @Test
  @DisplayName("when only a class's plans change, its entry keeps what the class decides and works out the plans' part again")
  void planChangeKeepsClassPart() {
    sample();
    ServiceEntry before = model.find("/redis-id").orElseThrow();
    assertThat(before.hasFreePlan()).isFalse();
    assertThat(before.bindable()).isFalse();
    clusterPlans.add(plan("redis-id", "trial", true, true));
    ServiceEntry after = model.find("/redis-id").orElseThrow();
    assertThat(after).isNotSameAs(before);
    assertThat(after.plans()).extracting(p -> p.getSpec().getExternalName()).containsExactly("paid", "trial");
    assertThat(after.freePlans()).isEqualTo(1);
    assertThat(after.bindable()).isTrue();
    // The text, search and sort key were not worked out again: the same objects.
    assertThat(after.sortKey()).isSameAs(before.sortKey());
    assertThat(after.searchText()).isSameAs(before.searchText());
    assertThat(after).isEqualTo(ServiceEntry.of(after.serviceClass(), after.plans()));
    // An entry whose class and plans are unchanged is the same entry.
    assertThat(model.find("/postgres-id").orElseThrow()).isSameAs(model.find("/postgres-id").orElseThrow());
  }

  @Test
  @DisplayName("a live update that changes many classes at once reaches the grid as one change, with every entry updated")
  void manyUpdatesAreOneChange() {
    List<HasMetadata> many = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      many.add(clusterClass(String.format("svc-%03d", i), "acme", null, "version 1", List.of()));
    }
    clusterClasses.setAll(many);
    List<Integer> changes = new ArrayList<>();
    model.all().addListener((ListChangeListener<ServiceEntry>) c -> changes.add(1));
    List<HasMetadata> updated = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      updated.add(clusterClass(String.format("svc-%03d", i), "acme", null, "version 2", List.of()));
    }
    clusterClasses.setAll(updated);
    assertThat(changes).hasSize(1);
    assertThat(model.all()).hasSize(100).allSatisfy(e -> assertThat(e.description()).isEqualTo("version 2"));
  }

  static Stream<Arguments> catalogs() {
    long seed = new Random().nextLong();
    return Stream.of(Arguments.of(seed), Arguments.of(seed + 1), Arguments.of(seed + 2));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("catalogs")
  @DisplayName("on 2,000 random classes the search shows exactly the classes whose texts contain every word")
  void searchAgreesWithBruteForce(long seed) {
    Random random = new Random(seed);
    String[] words = {"alpha", "beta", "gamma", "delta", "cache", "db", "queue", "mail", "sql", "blob"};
    List<HasMetadata> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      String name = "svc-" + i + "-" + words[random.nextInt(words.length)];
      String description = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)];
      many.add(clusterClass(name, "b" + random.nextInt(5), null, description, List.of(words[random.nextInt(words.length)])));
    }
    clusterClasses.setAll(many);
    for (int q = 0; q < 20; q++) {
      String query = words[random.nextInt(words.length)] + (random.nextBoolean() ? " " + words[random.nextInt(words.length)] : "");
      model.queryProperty().set(query);
      List<String> expected = many.stream().map(o -> (ClusterServiceClass) o)
          .filter(c -> {
            String text = (c.getSpec().getExternalName() + " " + c.getSpec().getDescription() + " " + String.join(" ", c.getSpec().getTags()))
                .toLowerCase(Locale.ROOT);
            return Stream.of(query.split(" ")).allMatch(text::contains);
          })
          .map(c -> c.getSpec().getExternalName()).sorted().toList();
      assertThat(shown().stream().sorted().toList()).as("query %s", query).isEqualTo(expected);
    }
  }
}
