package io.servicecatalog.console.sandbox.kube;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayName("Indexed CRUD store")
class IndexedCrudDispatcherTest {

  private static final String COLLECTION = "/api/v1/namespaces/demo/configmaps";
  private static final String OBJECT = COLLECTION + "/live";

  private static RecordedRequest request(HttpMethod method, String path, Object body) {
    return new RecordedRequest("HTTP/1.1", method, path, Headers.builder().add("Content-Type", "application/json")
        .build(), new Buffer(Serialization.asJson(body).getBytes(StandardCharsets.UTF_8)));
  }

  private static ConfigMap configMap(int value) {
    return new ConfigMapBuilder().withNewMetadata().withName("live").withNamespace("demo").endMetadata()
        .addToData("value", Integer.toString(value)).build();
  }

  @Test
  @DisplayName("a GET by name never answers 404 for an object that exists while other threads update it")
  void readsDuringUpdatesFindTheObject() throws Exception {
    IndexedCrudDispatcher store = new IndexedCrudDispatcher();
    assertThat(store.handleCreate(request(HttpMethod.POST, COLLECTION, configMap(0))).code()).isEqualTo(201);
    int readers = 3;
    ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
    CountDownLatch go = new CountDownLatch(1);
    AtomicBoolean updating = new AtomicBoolean(true);
    AtomicInteger notFound = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    try {
      List<Future<?>> work = new ArrayList<>();
      work.add(pool.submit(() -> {
        go.await();
        try {
          for (int i = 1; i <= 3_000; i++) {
            assertThat(store.handleUpdate(request(HttpMethod.PUT, OBJECT, configMap(i))).code()).isEqualTo(200);
          }
        } finally {
          updating.set(false);
        }
        return null;
      }));
      for (int r = 0; r < readers; r++) {
        work.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < 100_000 && updating.get(); i++) {
            MockResponse answer = store.handleGet(OBJECT);
            reads.incrementAndGet();
            if (answer.code() == 404) {
              notFound.incrementAndGet();
            }
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : work) {
        f.get(2, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(reads.get()).isPositive();
    assertThat(notFound.get()).as("404s among %d reads of a live object", reads.get()).isZero();
  }
}
