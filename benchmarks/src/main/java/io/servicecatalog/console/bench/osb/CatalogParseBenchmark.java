package io.servicecatalog.console.bench.osb;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.servicecatalog.console.osb.catalog.Catalog;
import io.servicecatalog.console.sandbox.broker.LargeCatalog;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The osb-client reading a broker's {@code GET /v2/catalog} body: bytes to JSON tree to typed {@link Catalog}, for the
 * sandbox's generated catalog of {@code services} services × 4 plans, every plan with create, update and bind
 * schemas (budget: 1,000 services in under 200 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CatalogParseBenchmark {

  @Param({"1000"})
  public int services;

  private final ObjectMapper mapper = new ObjectMapper();
  private byte[] body;

  @Setup
  public void setUp() throws IOException {
    body = mapper.writeValueAsBytes(LargeCatalog.definition(services, 4, 1).catalog());
  }

  /** The response body as the client reads it. */
  @Benchmark
  public Catalog parse() throws IOException {
    return Catalog.fromJson(mapper.readTree(body));
  }
}
