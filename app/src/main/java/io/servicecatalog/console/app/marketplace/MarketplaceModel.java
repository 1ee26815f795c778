package io.servicecatalog.console.app.marketplace;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

/**
 * The marketplace's state: every service class (cluster and namespaced) as an {@link ServiceEntry}, and the
 * search, filters and sort the user chose. Entries are rebuilt when the live class or plan lists flush and
 * updated in place where they changed, so the grid keeps its scroll position; filtering is a predicate on a
 * {@link FilteredList} over precomputed lower-cased text, so a keystroke allocates almost nothing.
 */
public final class MarketplaceModel {

  /** Which classes to show by scope. */
  public enum Scope {
    ALL,
    CLUSTER,
    NAMESPACE
  }

  /** The orders the grid offers. */
  public enum Sort {
    NAME,
    PROVIDER,
    BROKER
  }

  /** Above this many changed entries, a rebuild replaces the list in one change instead of setting each. */
  static final int IN_PLACE_LIMIT = 16;

  private final ObservableList<ServiceEntry> entries = FXCollections.observableArrayList();
  private final FilteredList<ServiceEntry> filtered = new FilteredList<>(entries);
  private final SortedList<ServiceEntry> sorted = new SortedList<>(filtered);
  private final ObservableList<String> brokers = FXCollections.observableArrayList();
  private final ObservableList<String> tags = FXCollections.observableArrayList();
  private final StringProperty query = new SimpleStringProperty(this, "query", "");
  private final ObjectProperty<String> broker = new SimpleObjectProperty<>(this, "broker");
  private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
  private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>(this, "scope", Scope.ALL);
  private final BooleanProperty bindableOnly = new SimpleBooleanProperty(this, "bindableOnly");
  private final BooleanProperty freeOnly = new SimpleBooleanProperty(this, "freeOnly");
  private final BooleanProperty showRemoved = new SimpleBooleanProperty(this, "showRemoved");
  private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort", Sort.NAME);
  private final List<ObservableList<HasMetadata>> classLists;
  private final List<ObservableList<HasMetadata>> planLists;
  private Map<ServiceClassResource, ServiceEntry> built = new IdentityHashMap<>();

  /**
   * @param classLists the live ClusterServiceClass and ServiceClass lists
   * @param planLists the live ClusterServicePlan and ServicePlan lists
   */
  public MarketplaceModel(List<ObservableList<HasMetadata>> classLists, List<ObservableList<HasMetadata>> planLists) {
    this.classLists = classLists;
    this.planLists = planLists;
    ListChangeListener<HasMetadata> rebuild = c -> rebuild();
    classLists.forEach(l -> l.addListener(rebuild));
    planLists.forEach(l -> l.addListener(rebuild));
    for (Observable filter : List.of(query, broker, tag, scope, bindableOnly, freeOnly, showRemoved)) {
      filter.addListener(o -> filtered.setPredicate(predicate()));
    }
    sort.addListener(o -> sorted.setComparator(comparator()));
    sorted.setComparator(comparator());
    filtered.setPredicate(predicate());
    rebuild();
  }

  /** The entries to show, filtered and sorted. */
  public ObservableList<ServiceEntry> shown() {
    return sorted;
  }

  /** Every entry, unfiltered. */
  public ObservableList<ServiceEntry> all() {
    return entries;
  }

  public ObservableList<String> brokers() {
    return brokers;
  }

  public ObservableList<String> tags() {
    return tags;
  }

  public StringProperty queryProperty() {
    return query;
  }

  public ObjectProperty<String> brokerProperty() {
    return broker;
  }

  public ObjectProperty<String> tagProperty() {
    return tag;
  }

  public ObjectProperty<Scope> scopeProperty() {
    return scope;
  }

  public BooleanProperty bindableOnlyProperty() {
    return bindableOnly;
  }

  public BooleanProperty freeOnlyProperty() {
    return freeOnly;
  }

  public BooleanProperty showRemovedProperty() {
    return showRemoved;
  }

  public ObjectProperty<Sort> sortProperty() {
    return sort;
  }

  /** Clears search and filters. */
  public void clearFilters() {
    query.set("");
    broker.set(null);
    tag.set(null);
    scope.set(Scope.ALL);
    bindableOnly.set(false);
    freeOnly.set(false);
  }

  /** The entry with {@code key} (namespace/name), if present. */
  public java.util.Optional<ServiceEntry> find(String key) {
    return entries.stream().filter(e -> e.key().equals(key)).findFirst();
  }

  private Predicate<ServiceEntry> predicate() {
    String[] words = query.get() == null ? new String[0] : query.get().trim().toLowerCase(Locale.ROOT).split("\\s+");
    String brokerChoice = broker.get();
    String tagChoice = tag.get();
    Scope scopeChoice = scope.get();
    boolean bindable = bindableOnly.get();
    boolean free = freeOnly.get();
    boolean removed = showRemoved.get();
    return entry -> {
      if (entry.removed() && !removed) {
        return false;
      }
      if (brokerChoice != null && !brokerChoice.equals(entry.broker())) {
        return false;
      }
      if (tagChoice != null && !entry.tags().contains(tagChoice)) {
        return false;
      }
      if (scopeChoice == Scope.CLUSTER && !entry.clusterScoped() || scopeChoice == Scope.NAMESPACE && entry.clusterScoped()) {
        return false;
      }
      if (bindable && !entry.bindable() || free && !entry.hasFreePlan()) {
        return false;
      }
      for (String word : words) {
        if (!word.isEmpty() && !entry.searchText().contains(word)) {
          return false;
        }
      }
      return true;
    };
  }

  private Comparator<ServiceEntry> comparator() {
    Comparator<ServiceEntry> byName = Comparator.comparing(ServiceEntry::sortKey).thenComparing(ServiceEntry::key);
    return switch (sort.get() == null ? Sort.NAME : sort.get()) {
      case NAME -> byName;
      case PROVIDER -> Comparator.comparing((ServiceEntry e) -> e.provider().isEmpty())
          .thenComparing(ServiceEntry::provider, String.CASE_INSENSITIVE_ORDER).thenComparing(byName);
      case BROKER -> Comparator.comparing(ServiceEntry::broker, String.CASE_INSENSITIVE_ORDER).thenComparing(byName);
    };
  }

  private void rebuild() {
    Map<String, List<ServicePlanResource>> plansByClass = new HashMap<>();
    for (ObservableList<HasMetadata> list : planLists) {
      for (HasMetadata item : list) {
        if (item instanceof ServicePlanResource plan && plan.className() != null) {
          String ns = Objects.requireNonNullElse(plan.getMetadata().getNamespace(), "");
          plansByClass.computeIfAbsent(ns + "/" + plan.className(), k -> new ArrayList<>()).add(plan);
        }
      }
    }
    List<ServiceEntry> fresh = new ArrayList<>();
    Map<ServiceClassResource, ServiceEntry> reuse = new IdentityHashMap<>();
    for (ObservableList<HasMetadata> list : classLists) {
      for (HasMetadata item : list) {
        if (item instanceof ServiceClassResource serviceClass) {
          String ns = Objects.requireNonNullElse(serviceClass.getMetadata().getNamespace(), "");
          List<ServicePlanResource> plans = plansByClass.getOrDefault(ns + "/" + serviceClass.getMetadata().getName(), List.of());
          // A live update replaces only the objects that changed: keep entries whose class and plans are the same objects,
          // and of a class whose plans alone changed keep what the class decides.
          ServiceEntry known = built.get(serviceClass);
          ServiceEntry entry = known == null ? ServiceEntry.of(serviceClass, plans)
              : samePlans(known.plans(), plans) ? known : known.withPlans(plans);
          reuse.put(serviceClass, entry);
          fresh.add(entry);
        }
      }
    }
    built = reuse;
    apply(fresh);
    TreeSet<String> brokerNames = new TreeSet<>();
    TreeSet<String> tagNames = new TreeSet<>();
    for (ServiceEntry e : fresh) {
      brokerNames.add(e.broker());
      tagNames.addAll(e.tags());
    }
    if (!brokers.equals(new ArrayList<>(brokerNames))) {
      brokers.setAll(brokerNames);
    }
    if (!tags.equals(new ArrayList<>(tagNames))) {
      tags.setAll(tagNames);
    }
  }

  private static boolean samePlans(List<ServicePlanResource> a, List<ServicePlanResource> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** Updates in place when the same entries come in the same order (the usual live update), else replaces. */
  private void apply(List<ServiceEntry> fresh) {
    boolean sameKeys = fresh.size() == entries.size();
    for (int i = 0; sameKeys && i < fresh.size(); i++) {
      sameKeys = fresh.get(i).key().equals(entries.get(i).key());
    }
    if (!sameKeys) {
      entries.setAll(fresh);
      return;
    }
    List<Integer> changed = new ArrayList<>();
    for (int i = 0; i < fresh.size(); i++) {
      if (fresh.get(i) != entries.get(i) && !fresh.get(i).equals(entries.get(i))) {
        changed.add(i);
      }
    }
    if (changed.size() > IN_PLACE_LIMIT) {
      // Each set is a change the grid answers by refilling every visible tile; many at once are cheaper as one.
      entries.setAll(fresh);
      return;
    }
    for (int i : changed) {
      entries.set(i, fresh.get(i));
    }
  }
}
