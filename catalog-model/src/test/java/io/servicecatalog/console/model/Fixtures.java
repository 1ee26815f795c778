package io.servicecatalog.console.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.servicecatalog.console.model.v1beta1.ServiceCatalogResource;

/** Access to the real-controller fixtures under {@code shared/reference/fixtures} (read in place, never copied). */
public final class Fixtures {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private Fixtures() {
  }

  /** The fixtures directory: from the {@code shared.dir} system property set by surefire, else found upwards. */
  public static Path dir() {
    String shared = System.getProperty("shared.dir");
    if (shared != null) {
      Path candidate = Path.of(shared, "reference", "fixtures");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata").resolve("reference").resolve("fixtures");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("testdata/reference/fixtures not found; set -Dshared.dir");
  }

  /** Every {@code *.json} fixture file name, sorted. */
  public static List<String> jsonFiles() {
    try (Stream<Path> files = Files.list(dir())) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of one fixture. */
  public static String text(String name) {
    try {
      return Files.readString(dir().resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One fixture as a Jackson tree. */
  public static JsonNode tree(String name) {
    try {
      return MAPPER.readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalog objects of a fixture, each read into its model class (other kinds are left out). */
  public static List<ServiceCatalogResource<?, ?>> catalogObjects(String name) {
    List<ServiceCatalogResource<?, ?>> result = new ArrayList<>();
    for (JsonNode object : objects(name)) {
      if (ServiceCatalogKind.API_VERSION.equals(object.path("apiVersion").asText())) {
        ServiceCatalogKind.fromKind(object.path("kind").asText())
            .ifPresent(kind -> result.add(SERIALIZATION.unmarshal(object.toString(), kind.resourceClass())));
      }
    }
    return result;
  }

  /** The single catalog object of a one-object fixture. */
  public static ServiceCatalogResource<?, ?> catalogObject(String name) {
    List<ServiceCatalogResource<?, ?>> objects = catalogObjects(name);
    if (objects.size() != 1) {
      throw new IllegalArgumentException(name + " holds " + objects.size() + " catalog objects, not one");
    }
    return objects.get(0);
  }

  /** The objects of a fixture: the items of a list ({@code List} or typed {@code *List}), else the object itself. */
  public static List<JsonNode> objects(String name) {
    JsonNode root = tree(name);
    List<JsonNode> result = new ArrayList<>();
    if (root.has("items") && root.path("kind").asText().endsWith("List")) {
      root.path("items").forEach(result::add);
    } else {
      result.add(root);
    }
    return result;
  }
}
