package io.servicecatalog.console.bench.app;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.servicecatalog.console.model.v1beta1.ClusterServiceClass;
import io.servicecatalog.console.model.v1beta1.ClusterServicePlan;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogCondition;
import io.servicecatalog.console.model.v1beta1.ServiceInstance;
import io.servicecatalog.console.sandbox.Sandbox;
import io.servicecatalog.console.sandbox.SandboxOptions;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The sandbox at scale, in its own JVM so that the console's process holds only the console: the large catalog
 * (served and fetched by the embedded controller) plus bulk instances and bindings. Prints {@code READY <api url>}
 * once the API server holds every class and plan, then obeys lines on standard input: {@code STORM <updates>
 * <seconds> <name>} writes that many status updates to the bulk instances at an even pace (answering {@code STORM-DONE
 * <updates> <elapsed ms> <failures>}), {@code QUIT} stops. Arguments: services, plans, instances, bindings.
 */
public final class ScaleSandbox {

  /** The condition message of an instance after update {@code round} (1-based) of storm {@code name}. */
  public static String stormMessage(String name, int round, int rounds) {
    return "Storm " + name + ", round " + round + " of " + rounds;
  }

  private ScaleSandbox() {
  }

  public static void main(String[] args) throws Exception {
    int services = Integer.parseInt(args[0]);
    int plans = Integer.parseInt(args[1]);
    int instances = Integer.parseInt(args[2]);
    int bindings = Integer.parseInt(args[3]);
    SandboxOptions options = SandboxOptions.builder().largeCatalog(services, plans, 10).bulkObjects(instances, bindings)
        .brokerThreads(2).build();
    try (Sandbox sandbox = Sandbox.start(options); KubernetesClient client = sandbox.newClient()) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
      while (client.resources(ClusterServiceClass.class).list().getItems().size() < services
          || client.resources(ClusterServicePlan.class).list().getItems().size() < services * plans) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("The controller did not create the large catalog within 15 minutes");
        }
        TimeUnit.SECONDS.sleep(3);
      }
      say("READY " + sandbox.apiUrl());
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      String line;
      while ((line = in.readLine()) != null) {
        String[] words = line.trim().split("\\s+");
        if (words[0].equals("STORM")) {
          storm(client, Integer.parseInt(words[1]), Double.parseDouble(words[2]), words[3]);
        } else if (words[0].equals("QUIT")) {
          break;
        }
      }
    }
    System.exit(0);
  }

  private static void storm(KubernetesClient client, int updates, double seconds, String name)
      throws InterruptedException {
    List<ServiceInstance> items = client.resources(ServiceInstance.class).inNamespace(Sandbox.BULK_NAMESPACE).list()
        .getItems();
    int n = items.size();
    int rounds = (updates + n - 1) / n;
    AtomicReferenceArray<ServiceInstance> current = new AtomicReferenceArray<>(items.toArray(new ServiceInstance[0]));
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long periodNanos = (long) (seconds * 1e9 / updates);
    ExecutorService writers = Executors.newFixedThreadPool(6);
    long start = System.nanoTime();
    for (int t = 0; t < 6; t++) {
      writers.execute(() -> {
        int k;
        while ((k = next.getAndIncrement()) < updates) {
          long due = start + k * periodNanos;
          long wait = due - System.nanoTime();
          if (wait > 0) {
            try {
              TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              return;
            }
          }
          int index = k % n;
          ServiceInstance instance = current.get(index);
          ServiceCatalogCondition ready = instance.getStatus().getConditions().get(0);
          ready.setMessage(stormMessage(name, k / n + 1, rounds));
          try {
            current.set(index, client.resource(instance).updateStatus());
          } catch (RuntimeException e) {
            failures.incrementAndGet();
          }
        }
      });
    }
    writers.shutdown();
    writers.awaitTermination(10, TimeUnit.MINUTES);
    say("STORM-DONE " + updates + " " + (System.nanoTime() - start) / 1_000_000 + " " + failures.get());
  }

  private static void say(String line) {
    // The suite reads this process's stdout line by line; it is the protocol, not logging.
    System.out.println(line);
    System.out.flush();
  }
}
