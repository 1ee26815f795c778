package io.servicecatalog.console.controller;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.transform.SecretTransforms;
import io.servicecatalog.console.model.transform.SecretTransforms.TransformException;
import io.servicecatalog.console.model.v1beta1.AddKeyTransform;
import io.servicecatalog.console.model.v1beta1.ObjectReference;
import io.servicecatalog.console.model.v1beta1.SecretTransform;
import java.util.List;
import java.util.Map;

/**
 * The data of a binding's Secret (upstream {@code injectServiceBinding}), by the shared rules of
 * {@link SecretTransforms}: this class supplies the real values, reading the Secrets that {@code addKeysFrom} names.
 */
final class BindingSecretData {

  private BindingSecretData() {
  }

  static Map<String, byte[]> fromCredentials(JsonNode credentials) {
    return SecretTransforms.fromCredentials(credentials);
  }

  static Map<String, byte[]> transform(Map<String, byte[]> data, JsonNode credentials, List<SecretTransform> transforms,
      KubernetesClient client, String namespace) throws TransformException {
    return SecretTransforms.apply(data, transforms, new SecretTransforms.Values<>() {
      @Override
      public byte[] added(AddKeyTransform add) throws TransformException {
        return SecretTransforms.addedValue(add, credentials);
      }

      @Override
      public Map<String, byte[]> fromSecret(ObjectReference ref) throws TransformException {
        String ns = ref.getNamespace() == null ? namespace : ref.getNamespace();
        Secret source = client.secrets().inNamespace(ns).withName(ref.getName()).get();
        if (source == null) {
          throw new TransformException("secretTransforms addKeysFrom names secret \"" + ns + "/" + ref.getName()
              + "\", which does not exist. Create it or remove the transform.");
        }
        return Secrets.decodeBytes(source);
      }
    });
  }

  /** See {@link SecretTransforms#jsonPath}. */
  static JsonNode jsonPath(JsonNode credentials, String expression) throws TransformException {
    return SecretTransforms.jsonPath(credentials, expression);
  }
}
