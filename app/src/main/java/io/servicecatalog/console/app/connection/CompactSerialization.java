package io.servicecatalog.console.app.connection;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;

/**
 * The fabric8 client's serialization with every string it reads shared through a {@link StringPool}: in the
 * objects' fields, in label and annotation maps, and in the JSON trees of schemas and metadata. A cluster's catalog
 * repeats itself: 20,000 plans name the same broker, owner and apiVersion, and each label hash recurs on every plan of
 * a class. Read as is, four strings in five were copies (a heap dump at 32,000 objects: 800,000 strings, 175,000
 * distinct). Everything else is fabric8's own configuration, which the constructor applies to the mapper.
 */
public final class CompactSerialization {

  /** 2^17 slots: 512 KB of references, enough that the values a catalog repeats rarely evict one another. */
  private static final int POOL_SLOTS_LOG2 = 17;

  private CompactSerialization() {
  }

  /** A new serialization for one client, with its own pool (a closed connection's pool goes with its client). */
  public static KubernetesSerialization create() {
    return new KubernetesSerialization(mapper(new StringPool(POOL_SLOTS_LOG2)), true);
  }

  /** An object mapper whose reads share strings through {@code pool}; fabric8 adds its modules to it. */
  static ObjectMapper mapper(StringPool pool) {
    ObjectMapper mapper = new ObjectMapper();
    mapper.registerModule(new SimpleModule("shared-strings").addDeserializer(String.class, new PooledStrings(pool)));
    mapper.setNodeFactory(new PooledNodes(pool));
    return mapper;
  }

  /** Jackson's string reading (coercions included), then the pooled instance. */
  private static final class PooledStrings extends StringDeserializer {

    private static final long serialVersionUID = 1L;
    private final transient StringPool pool;

    PooledStrings(StringPool pool) {
      this.pool = pool;
    }

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return pool.canonical(super.deserialize(p, ctxt));
    }
  }

  /** Text nodes of JSON trees (schemas, external metadata) built on pooled strings. */
  private static final class PooledNodes extends JsonNodeFactory {

    private static final long serialVersionUID = 1L;
    private final transient StringPool pool;

    PooledNodes(StringPool pool) {
      this.pool = pool;
    }

    @Override
    public TextNode textNode(String text) {
      return super.textNode(pool.canonical(text));
    }
  }
}
