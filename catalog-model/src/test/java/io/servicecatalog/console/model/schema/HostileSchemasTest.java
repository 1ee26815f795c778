package io.servicecatalog.console.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schemas a broker could send that break the rules: malformed keywords, huge, deeply nested, cyclic. Each
 * builds a form (raw where it must, with a note) and a validator, and validating a value never throws.
 */
class HostileSchemasTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text.replace('\'', '"'));
    } catch (Exception e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  /** An object schema nested {@code depth} levels deep through a property called {@code next}. */
  static JsonNode nested(int depth) {
    ObjectNode root = F.objectNode().put("type", "object");
    ObjectNode at = root;
    for (int i = 0; i < depth; i++) {
      ObjectNode next = F.objectNode().put("type", "object");
      at.putObject("properties").set("next", next);
      at = next;
    }
    at.putObject("properties").putObject("leaf").put("type", "string");
    return root;
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("type is a number", json("{'type':'object','properties':{'a':{'type':5}}}")),
        Arguments.of("properties is an array", json("{'type':'object','properties':[{'a':1}]}")),
        Arguments.of("required is a string", json("{'type':'object','required':'a','properties':{'a':{'type':'string'}}}")),
        Arguments.of("$ref is a number", json("{'type':'object','properties':{'a':{'$ref':42}}}")),
        Arguments.of("$ref to nowhere", json("{'type':'object','properties':{'a':{'$ref':'#/definitions/missing'}}}")),
        Arguments.of("enum is an object", json("{'type':'object','properties':{'a':{'type':'string','enum':{'x':1}}}}")),
        Arguments.of("items is a string", json("{'type':'object','properties':{'a':{'type':'array','items':'string'}}}")),
        Arguments.of("oneOf is an object", json("{'type':'object','oneOf':{'a':1}}")),
        Arguments.of("minimum is text", json("{'type':'object','properties':{'n':{'type':'integer','minimum':'ten'}}}")),
        Arguments.of("pattern is not a regex", json("{'type':'object','properties':{'s':{'type':'string','pattern':'(['}}}")),
        Arguments.of("self $ref at the root", json("{'type':'object','properties':{'me':{'$ref':'#'}}}")),
        Arguments.of("cyclic $ref pair", json("{'definitions':{'a':{'type':'object','properties':{'b':{'$ref':'#/definitions/b'}}},"
            + "'b':{'type':'object','properties':{'a':{'$ref':'#/definitions/a'}}}},'type':'object','properties':{'start':{'$ref':'#/definitions/a'}}}")),
        Arguments.of("nested 40 levels", nested(40)),
        Arguments.of("nested 400 levels", nested(400)),
        Arguments.of("allOf of contradictions", json("{'allOf':[{'type':'string'},{'type':'object','properties':{'a':{'type':'string'}}}]}")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  @DisplayName("a hostile schema builds a form and a validator, and validating never throws")
  void neverThrows(String name, JsonNode schema) {
    SchemaFormModel[] model = new SchemaFormModel[1];
    assertThatCode(() -> model[0] = SchemaFormModel.build(schema)).doesNotThrowAnyException();
    assertThat(model[0].root()).isNotNull();
    List<FormField> raw = new ArrayList<>();
    SchemaFormModel.walk(model[0].root(), f -> {
      if (f.kind() == FieldKind.RAW) {
        raw.add(f);
      }
    });
    // Whatever became raw says why.
    assertThat(raw).allSatisfy(f -> assertThat(f.note()).isNotBlank());
    ParameterValidator validator = ParameterValidator.forSchema(schema);
    assertThatCode(() -> validator.validate(json("{'a':'x','next':{'next':{}},'n':3,'s':'y'}"))).doesNotThrowAnyException();
  }

  @Test
  @DisplayName("nesting deeper than the form shows becomes a raw editor at the limit, with a note, not a stack overflow")
  void deepNestingStopsAtTheLimit() {
    SchemaFormModel model = SchemaFormModel.build(nested(400));
    assertThat(model.isRaw()).isFalse();
    List<FormField> raw = new ArrayList<>();
    SchemaFormModel.walk(model.root(), f -> {
      if (f.kind() == FieldKind.RAW) {
        raw.add(f);
      }
    });
    assertThat(raw).singleElement().satisfies(f -> assertThat(f.note()).isNotBlank());
    assertThat(raw.get(0).pointer().split("/next", -1).length - 1).isLessThanOrEqualTo(SchemaFormModel.Options.defaults().maxDepth() + 1);
  }

  static Stream<Arguments> randomGarbage() {
    long seed = 20261123L;
    Random random = new Random(seed);
    List<Arguments> cases = new ArrayList<>();
    String[] keys = {"type", "properties", "items", "required", "$ref", "enum", "oneOf", "anyOf", "allOf", "minimum", "format", "default"};
    for (int i = 0; i < 40; i++) {
      cases.add(Arguments.of(seed, i, garbage(random, keys, 0)));
    }
    return cases.stream();
  }

  private static JsonNode garbage(Random random, String[] keys, int depth) {
    switch (depth > 4 ? random.nextInt(4) : random.nextInt(7)) {
      case 0: return F.numberNode(random.nextInt(100) - 50);
      case 1: return F.textNode(random.nextBoolean() ? "object" : "#/definitions/x" + random.nextInt(3));
      case 2: return F.booleanNode(random.nextBoolean());
      case 3: return F.nullNode();
      case 4: {
        var array = F.arrayNode();
        for (int i = random.nextInt(4); i > 0; i--) {
          array.add(garbage(random, keys, depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = F.objectNode();
        for (int i = random.nextInt(5); i > 0; i--) {
          object.set(keys[random.nextInt(keys.length)], garbage(random, keys, depth + 1));
        }
        return object;
      }
    }
  }

  @ParameterizedTest(name = "seed {0}, case {1}")
  @MethodSource("randomGarbage")
  @DisplayName("random garbage in schema keywords never throws")
  void randomGarbageNeverThrows(long seed, int index, JsonNode schema) {
    assertThatCode(() -> SchemaFormModel.build(schema)).doesNotThrowAnyException();
    assertThatCode(() -> ParameterValidator.forSchema(schema).validate(json("{'a':1}"))).doesNotThrowAnyException();
  }
}
