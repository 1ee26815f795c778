package io.servicecatalog.console.app.settings;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Settings kept in the user's Java preferences store. */
public final class PreferencesSettings implements Settings {

  private static final Logger LOG = LoggerFactory.getLogger(PreferencesSettings.class);

  private final Preferences node;

  public PreferencesSettings(Preferences node) {
    this.node = node;
  }

  /** The console's own node in the user's preferences. */
  public static PreferencesSettings forUser() {
    return new PreferencesSettings(Preferences.userRoot().node("io/servicecatalog/console"));
  }

  @Override
  public Optional<String> get(String key) {
    return Optional.ofNullable(node.get(key, null));
  }

  @Override
  public void put(String key, String value) {
    node.put(key, value);
    flush();
  }

  @Override
  public void remove(String key) {
    node.remove(key);
    flush();
  }

  private void flush() {
    try {
      node.flush();
    } catch (BackingStoreException e) {
      // Not fatal: the value stays in memory for this run; the next run starts without it.
      LOG.warn("Could not save settings: {}", e.getMessage());
    }
  }
}
