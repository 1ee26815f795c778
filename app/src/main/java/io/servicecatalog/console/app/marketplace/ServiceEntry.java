package io.servicecatalog.console.app.marketplace;

import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.CommonServiceClassSpec;
import io.servicecatalog.console.model.v1beta1.ServiceClassDisplay;
import io.servicecatalog.console.model.v1beta1.ServiceClassResource;
import io.servicecatalog.console.model.v1beta1.ServicePlanResource;
import java.text.CollationKey;
import java.text.Collator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One tile of the marketplace: a service class with what the tile shows and what search and filters need,
 * worked out once when the class or its plans change (never per keystroke).
 *
 * @param serviceClass the class
 * @param plans its plans
 * @param key namespace/name, stable across updates
 * @param displayName the name to show
 * @param provider who provides it (may be empty)
 * @param description the short description
 * @param tags the broker's tags
 * @param broker the broker's name
 * @param clusterScoped a ClusterServiceClass (else a namespaced ServiceClass)
 * @param bindable whether the class or one of its plans is bindable
 * @param removed dropped from the broker's catalog
 * @param freePlans how many plans are free
 * @param imageUrl the icon address, if any
 * @param searchText lower-cased name, display name, description and tags, for instant search
 * @param sortKey the display name's collation key, so sorting 2,000 tiles after a keystroke stays cheap
 */
public record ServiceEntry(ServiceClassResource serviceClass, List<ServicePlanResource> plans, String key,
    String displayName, String provider, String description, List<String> tags, String broker, boolean clusterScoped,
    boolean bindable, boolean removed, int freePlans, Optional<String> imageUrl, String searchText,
    CollationKey sortKey) {

  private static final Collator COLLATOR = collator();
  private static final int NUMBER_WIDTH = 12;

  private static Collator collator() {
    Collator collator = Collator.getInstance();
    collator.setStrength(Collator.SECONDARY);
    return collator;
  }

  /** Works out an entry from a class and the plans that refer to it. */
  public static ServiceEntry of(ServiceClassResource serviceClass, List<ServicePlanResource> plans) {
    CommonServiceClassSpec spec = serviceClass.getSpec();
    ServiceClassDisplay display = spec.display();
    String name = Objects.requireNonNullElse(spec.getExternalName(), serviceClass.getMetadata().getName());
    String displayName = spec.display().displayName().orElse(name);
    String description = Objects.requireNonNullElse(spec.getDescription(), "");
    List<String> tags = spec.getTags() == null ? List.of() : List.copyOf(spec.getTags());
    String search = String.join("\n", name, displayName, description, String.join(" ", tags),
        display.providerDisplayName().orElse("")).toLowerCase(Locale.ROOT);
    String namespace = Objects.requireNonNullElse(serviceClass.getMetadata().getNamespace(), "");
    return new ServiceEntry(serviceClass, List.copyOf(plans), namespace + "/" + serviceClass.getMetadata().getName(),
        displayName, display.providerDisplayName().orElse(""), description, tags,
        Objects.requireNonNullElse(serviceClass.brokerName(), ""), serviceClass instanceof ClusterServiceClass,
        bindable(serviceClass, plans), serviceClass.isRemovedFromBrokerCatalog(), free(plans), display.imageUrl(), search,
        sortKey(displayName));
  }

  /**
   * The same class with other plans. Only what plans decide is worked out again; the text, search and sort key come
   * from the class, and while a large catalog loads its plans change far more often than its classes.
   */
  public ServiceEntry withPlans(List<ServicePlanResource> newPlans) {
    return new ServiceEntry(serviceClass, List.copyOf(newPlans), key, displayName, provider, description, tags, broker,
        clusterScoped, bindable(serviceClass, newPlans), removed, free(newPlans), imageUrl, searchText, sortKey);
  }

  private static boolean bindable(ServiceClassResource serviceClass, List<ServicePlanResource> plans) {
    return Boolean.TRUE.equals(serviceClass.getSpec().getBindable())
        || plans.stream().anyMatch(p -> Boolean.TRUE.equals(p.getSpec().getBindable()));
  }

  private static int free(List<ServicePlanResource> plans) {
    return (int) plans.stream().filter(p -> Boolean.TRUE.equals(p.getSpec().getFree())).count();
  }

  private static synchronized CollationKey sortKey(String text) {
    // A Collator is not thread-safe; entries are made on the FX thread, the lock only guards the rule.
    return COLLATOR.getCollationKey(padNumbers(text));
  }

  /**
   * Left-pads every run of digits so that "Plan 9" sorts before "Plan 10" as a person expects (the collator
   * alone compares digit by digit).
   */
  static String padNumbers(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      if (!Character.isDigit(text.charAt(i))) {
        out.append(text.charAt(i++));
        continue;
      }
      int end = i;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
      for (int pad = end - i; pad < NUMBER_WIDTH; pad++) {
        out.append('0');
      }
      out.append(text, i, end);
      i = end;
    }
    return out.toString();
  }

  /** The OSB service name. */
  public String externalName() {
    return Objects.requireNonNullElse(serviceClass.getSpec().getExternalName(), serviceClass.getMetadata().getName());
  }

  /** Whether at least one plan is free. */
  public boolean hasFreePlan() {
    return freePlans > 0;
  }

  /** Whether every plan costs money (and there is at least one plan). */
  public boolean allPaid() {
    return !plans.isEmpty() && freePlans == 0;
  }
}
