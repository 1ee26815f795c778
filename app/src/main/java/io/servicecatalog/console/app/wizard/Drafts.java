package io.servicecatalog.console.app.wizard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.servicecatalog.console.app.settings.Settings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unfinished wizard input kept between openings, so an accidental close (or a failure) loses nothing: one draft per
 * cluster, wizard kind and scope (for example the instance a binding is for), stored as JSON in the console's
 * {@link Settings}. Callers hand in draft records that already leave out secret values; this class never sees them.
 */
public final class Drafts {

  private static final Logger LOG = LoggerFactory.getLogger(Drafts.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  /** The preferences store refuses longer values; a bigger draft is not kept rather than failing the close. */
  static final int MAX_LENGTH = Preferences.MAX_VALUE_LENGTH;

  /**
   * A stored draft.
   *
   * @param savedAt when the wizard was closed with it
   * @param draft the wizard's own draft record
   */
  public record Saved<T>(Instant savedAt, T draft) {}

  /** What is written to the settings: the time and the draft as a JSON tree. */
  record Envelope(long savedAtMillis, JsonNode draft) {}

  private final Settings settings;
  private final String cluster;
  private final Clock clock;

  /**
   * @param settings where drafts are kept
   * @param cluster the cluster (context) the wizard works on: drafts of one cluster are not offered on another
   */
  public Drafts(Settings settings, String cluster) {
    this(settings, cluster, Clock.systemUTC());
  }

  public Drafts(Settings settings, String cluster, Clock clock) {
    this.settings = settings;
    this.cluster = cluster == null ? "" : cluster;
    this.clock = clock;
  }

  /** Keeps {@code draft} as the draft of {@code kind} in {@code scope} (empty for one per wizard kind). */
  public void save(String kind, String scope, Object draft) {
    try {
      String text = JSON.writeValueAsString(new Envelope(clock.millis(), JSON.valueToTree(draft)));
      if (text.length() > MAX_LENGTH) {
        LOG.warn("A {} draft of {} characters is too large to keep", kind, text.length());
        return;
      }
      settings.put(key(kind, scope), text);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      LOG.warn("Could not keep the {} draft: {}", kind, e.getMessage());
    }
  }

  /** The draft of {@code kind} in {@code scope}, if one is kept and can still be read. */
  public <T> Optional<Saved<T>> load(String kind, String scope, Class<T> type) {
    Optional<String> text = settings.get(key(kind, scope));
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      Envelope envelope = JSON.readValue(text.get(), Envelope.class);
      return Optional.of(new Saved<>(Instant.ofEpochMilli(envelope.savedAtMillis()),
          JSON.treeToValue(envelope.draft(), type)));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // Written by another version of the console: not worth an error, it is only a convenience.
      LOG.info("Dropping a {} draft that can no longer be read: {}", kind, e.getMessage());
      clear(kind, scope);
      return Optional.empty();
    }
  }

  /** Forgets the draft of {@code kind} in {@code scope} (created, or discarded by the user). */
  public void clear(String kind, String scope) {
    settings.remove(key(kind, scope));
  }

  /**
   * The settings key: readable kind, then a digest of cluster and scope, because preference keys are limited to
   * 80 characters and cluster names and scopes are not.
   */
  String key(String kind, String scope) {
    String where = cluster + "\n" + (scope == null ? "" : scope);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(where.getBytes(StandardCharsets.UTF_8));
      return "draft." + kind + "." + HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
