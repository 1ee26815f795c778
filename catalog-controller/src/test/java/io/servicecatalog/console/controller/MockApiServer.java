package io.servicecatalog.console.controller;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.LoggerFactory;

/**
 * A mock API server in CRUD mode (plain HTTP) per test class, its client in the class's static
 * {@code KubernetesClient} field: what fabric8's {@code @EnableKubernetesMockClient(crud = true, https = false)} does,
 * except at the end. fabric8's mock server waits a bounded time for the sockets of closed watches to go, and on a
 * loaded machine that can run out after every test of the class has passed, failing the build for nothing. Here the
 * client is closed first, and a slow shutdown is logged; the port goes with the JVM.
 */
final class MockApiServer implements BeforeAllCallback, AfterAllCallback {

  private static final ExtensionContext.Namespace STORE = ExtensionContext.Namespace.create(MockApiServer.class);

  @Override
  public void beforeAll(ExtensionContext context) throws IllegalAccessException {
    KubernetesMockServer server = new KubernetesMockServer(new Context(), new MockWebServer(), new HashMap<>(),
        new KubernetesCrudDispatcher(), false);
    server.init();
    KubernetesClient client = server.createClient();
    context.getStore(STORE).put("server", server);
    context.getStore(STORE).put("client", client);
    for (Field field : context.getRequiredTestClass().getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == KubernetesClient.class) {
        field.setAccessible(true);
        field.set(null, client);
      }
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    KubernetesClient client = context.getStore(STORE).remove("client", KubernetesClient.class);
    KubernetesMockServer server = context.getStore(STORE).remove("server", KubernetesMockServer.class);
    if (client != null) {
      client.close();
    }
    if (server != null) {
      try {
        server.destroy();
      } catch (IllegalStateException e) {
        LoggerFactory.getLogger(MockApiServer.class).warn("Mock API server shut down slowly: {}", e.getMessage());
      }
    }
  }
}
