package io.servicecatalog.console.sandbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox on its own and prints where its API and brokers listen, for use with kubectl-like tools
 * ({@code kubectl --server <url> get clusterservicebrokers}). Optional argument: the API port. Stops on Ctrl+C.
 */
public final class SandboxMain {

  private static final String LOGBACK_CONFIG = "logback.configurationFile";

  private SandboxMain() {
  }

  public static void main(String[] args) throws InterruptedException {
    // Before the first logger exists: without a configuration logback would print Netty's DEBUG chatter.
    if (System.getProperty(LOGBACK_CONFIG) == null) {
      System.setProperty(LOGBACK_CONFIG, "io/servicecatalog/console/sandbox/sandbox-main-logback.xml");
    }
    Logger log = LoggerFactory.getLogger(SandboxMain.class);
    SandboxOptions.Builder options = SandboxOptions.builder();
    if (args.length > 0) {
      options.apiPort(Integer.parseInt(args[0]));
    }
    Sandbox sandbox = Sandbox.start(options.build());
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      sandbox.close();
      stopped.countDown();
    }, "sandbox-shutdown"));
    log.info("Kubernetes API: {} (kubectl --server {} get clusterservicebrokers)", sandbox.apiUrl(),
        sandbox.apiUrl());
    for (SampleBroker broker : sandbox.brokers()) {
      log.info("Broker {}: {} ({}{}{})", broker.name(), broker.url(), broker.scope(),
          broker.namespace() == null ? "" : " in " + broker.namespace(),
          broker.authSecretName() == null ? "" : ", basic auth from Secret " + broker.authSecretName());
    }
    stopped.await();
  }
}
