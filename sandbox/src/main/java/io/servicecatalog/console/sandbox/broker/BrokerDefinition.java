package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one sample broker offers and how it behaves.
 *
 * @param name a short name, used for the Kubernetes broker object and thread names
 * @param catalog the {@code GET /v2/catalog} document ({@code {"services": [...]}})
 * @param credentials basic-auth credentials the broker demands, or {@code null} for none
 * @param behaviours behaviour by service id or plan id (a plan entry wins); anything not listed is synchronous
 * @param bindingCredentials credentials makers by service id; services not listed get generic credentials
 */
public record BrokerDefinition(String name, ObjectNode catalog, BasicCredentials credentials,
    Map<String, Behaviour> behaviours, Map<String, BindingCredentials> bindingCredentials) {

  public BrokerDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalog, "catalog");
    behaviours = Map.copyOf(behaviours);
    bindingCredentials = Map.copyOf(bindingCredentials);
  }

  /** The basic-auth credentials, if the broker demands them. */
  public Optional<BasicCredentials> basicAuth() {
    return Optional.ofNullable(credentials);
  }

  /** How a plan of a service behaves. */
  public Behaviour behaviour(String serviceId, String planId) {
    Behaviour byPlan = behaviours.get(planId);
    return byPlan != null ? byPlan : behaviours.getOrDefault(serviceId, Behaviour.SYNCHRONOUS);
  }

  /** The number of services in the catalog. */
  public int serviceCount() {
    return catalog.path("services").size();
  }
}
