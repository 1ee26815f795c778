package io.servicecatalog.console.sandbox;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.sandbox.broker.OsbHttp;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

@DisplayName("Sandbox start and close")
class SandboxLifecycleTest {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxLifecycleTest.class);

  private static Set<Thread> liveNonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        // the thread evaluating an Awaitility condition is not the sandbox's
        .filter(t -> t.isAlive() && !t.isDaemon() && !t.getName().startsWith("awaitility"))
        .collect(Collectors.toSet());
  }

  private static boolean listening(String url) {
    URI uri = URI.create(url);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()), 500);
      return true;
    } catch (ConnectException e) {
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  @DisplayName("start then close leaves no new non-daemon threads and frees every port; close is idempotent")
  void closeStopsEverything() {
    Set<Thread> before = liveNonDaemonThreads();

    Sandbox sandbox = Sandbox.start();
    LOG.info("Sandbox start took {} ms", sandbox.startupTime().toMillis());
    List<String> urls = new java.util.ArrayList<>(sandbox.brokers().stream().map(SampleBroker::url).toList());
    urls.add(sandbox.apiUrl());
    try (KubernetesClient client = sandbox.newClient()) {
      assertThat(client.namespaces().withName("default").get()).isNotNull();
    }
    assertThat(urls).allSatisfy(url -> assertThat(listening(url)).as(url).isTrue());
    sandbox.close();
    sandbox.close();

    assertThat(sandbox.startupTime()).isPositive();
    assertThat(urls).allSatisfy(url -> assertThat(listening(url)).as(url).isFalse());
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Set<Thread> leaked = liveNonDaemonThreads();
      leaked.removeAll(before);
      assertThat(leaked).extracting(Thread::getName).isEmpty();
    });
    assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
        .noneMatch(name -> name.startsWith("sandbox-broker-"));
  }

  @Test
  @DisplayName("components start after the API is seeded, in order, and close in reverse order")
  void componentsStartAfterTheApiAndCloseInReverse() {
    List<String> log = new CopyOnWriteArrayList<>();
    SandboxComponent first = sandbox -> {
      try (KubernetesClient client = sandbox.newClient()) {
        int brokers = client.genericKubernetesResources(sandbox.crds().context("ClusterServiceBroker")).list()
            .getItems().size();
        log.add("first started, sees " + brokers + " cluster brokers");
      }
      return () -> log.add("first closed");
    };
    SandboxComponent second = sandbox -> {
      int status = OsbHttp.to(sandbox.broker("lab-broker").orElseThrow().url()).get("/v2/catalog").status();
      log.add("second started, lab catalog " + status);
      return () -> log.add("second closed");
    };

    try (Sandbox sandbox = Sandbox.start(SandboxOptions.builder().component(first).component(second).build())) {
      assertThat(sandbox.brokers()).isNotEmpty();
      assertThat(log).containsExactly("first started, sees 3 cluster brokers", "second started, lab catalog 200");
    }

    assertThat(log).endsWith("second closed", "first closed");
  }

  @Test
  @DisplayName("a component that cannot start stops the sandbox and is reported with what to check")
  void failingComponentStopsEverything() {
    Set<Thread> before = liveNonDaemonThreads();
    List<String> log = new CopyOnWriteArrayList<>();
    SandboxComponent fine = sandbox -> () -> log.add("fine closed");
    SandboxComponent broken = sandbox -> {
      throw new IllegalStateException("controller exploded");
    };

    assertThatThrownBy(() -> Sandbox.start(SandboxOptions.builder().component(fine).component(broken).build()))
        .isInstanceOf(SandboxException.class)
        .hasMessageContaining("controller exploded")
        .hasMessageContaining("Check");

    assertThat(log).containsExactly("fine closed");
    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Set<Thread> leaked = liveNonDaemonThreads();
      leaked.removeAll(before);
      assertThat(leaked).extracting(Thread::getName).isEmpty();
    });
  }

  @Test
  @DisplayName("the API can be put on a chosen port")
  void fixedPort() throws IOException {
    // A port found free can be taken by another process before the sandbox binds it: try a few.
    for (int attempt = 1; ; attempt++) {
      int port;
      try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
        port = free.getLocalPort();
      }
      Sandbox sandbox;
      try {
        sandbox = Sandbox.start(SandboxOptions.builder().apiPort(port).build());
      } catch (SandboxException e) {
        if (attempt < 3) {
          continue;
        }
        throw e;
      }
      try (sandbox) {
        assertThat(sandbox.apiUrl()).isEqualTo("http://127.0.0.1:" + port + "/");
        assertThat(sandbox.config().getMasterUrl()).isEqualTo("http://127.0.0.1:" + port + "/");
      }
      return;
    }
  }

  @Test
  @DisplayName("an API port already in use fails the start with a message and leaks no Vert.x threads")
  void portInUse() throws IOException {
    Set<Thread> before = liveNonDaemonThreads();
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      assertThatThrownBy(() -> Sandbox.start(SandboxOptions.builder().apiPort(taken.getLocalPort()).build()))
          .isInstanceOf(SandboxException.class)
          .hasMessageContaining("could not start");
    }

    await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
      Set<Thread> leaked = liveNonDaemonThreads();
      leaked.removeAll(before);
      assertThat(leaked).extracting(Thread::getName).isEmpty();
    });
  }

  @Test
  @DisplayName("invalid options are refused with a message")
  void invalidOptions() {
    assertThatThrownBy(() -> SandboxOptions.builder().apiPort(70_000)).hasMessageContaining("65535");
    assertThatThrownBy(() -> SandboxOptions.builder().largeCatalog(10, 0, 1)).hasMessageContaining("plans >= 1");
    assertThatThrownBy(() -> SandboxOptions.builder().asyncOperationDuration(Duration.ofSeconds(-1)))
        .hasMessageContaining("negative");
  }
}
