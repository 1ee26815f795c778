package io.servicecatalog.console.app.settings;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Settings that live only as long as the process: for tests and for a run that must not touch the user's. */
public final class InMemorySettings implements Settings {

  private final Map<String, String> values = new ConcurrentHashMap<>();

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  @Override
  public void put(String key, String value) {
    values.put(key, value);
  }

  @Override
  public void remove(String key) {
    values.remove(key);
  }

  /** The keys set now (for tests that check what was kept). */
  public Set<String> keys() {
    return Set.copyOf(values.keySet());
  }
}
