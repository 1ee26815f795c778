package io.servicecatalog.console.sandbox.broker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Makes the {@code credentials} a sample service returns for a new binding. */
@FunctionalInterface
public interface BindingCredentials {

  /**
   * The credentials of a binding.
   *
   * @param binding what the platform asked for
   * @return a fresh JSON object; top-level keys become the keys of the binding's Secret
   */
  ObjectNode create(Request binding);

  /**
   * A bind request as the credentials see it.
   *
   * @param serviceName the catalog name of the service
   * @param planName the catalog name of the plan
   * @param instanceId the OSB instance id
   * @param bindingId the OSB binding id
   * @param instanceParameters the instance's current parameters (an object, maybe empty)
   * @param bindingParameters the bind request's parameters (an object, maybe empty)
   */
  record Request(String serviceName, String planName, String instanceId, String bindingId,
      JsonNode instanceParameters, JsonNode bindingParameters) {
  }
}
