package io.servicecatalog.console.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Thousands of seeded random schemas: building never throws, and the form's output of a valid instance validates. */
class GeneratedSchemaTest {

    private static final int PER_SEED = 150;

    static Stream<Long> seeds() {
        return LongStream.rangeClosed(1, 20).mapToObj(i -> 0x5C4E3AL * i);
    }

    @ParameterizedTest(name = "seed {0}: 150 random schemas build, and valid instances stay valid through the form")
    @MethodSource("seeds")
    void randomSchemas(long seed) {
        RandomSchemas gen = new RandomSchemas(new Random(seed));
        int valid = 0;
        for (int i = 0; i < PER_SEED; i++) {
            ObjectNode schema = gen.schema();
            SchemaFormModel[] model = new SchemaFormModel[1];
            assertThatCode(() -> model[0] = SchemaFormModel.build(schema)).as("schema %s", schema)
                    .doesNotThrowAnyException();
            assertThat(model[0].root()).isNotNull();
            SchemaFormModel.walk(model[0].root(), f -> {
                if (f.kind() == FieldKind.RAW && f != model[0].root()) {
                    assertThat(f.note()).as("raw field %s of %s has a note", f.pointer(), schema).isNotBlank();
                }
            });
            ParameterValidator validator = ParameterValidator.forSchema(schema);
            JsonNode instance = gen.instance(schema, schema, 0);
            if (!(instance instanceof ObjectNode obj) || !validator.validate(instance).isEmpty()) {
                continue;
            }
            valid++;
            ObjectNode output = ParameterValues.output(model[0], obj);
            assertThat(validator.validate(output)).as("output %s of valid %s for %s", output, instance, schema)
                    .isEmpty();
        }
        assertThat(valid).as("enough valid instances to mean something").isGreaterThan(PER_SEED / 5);
    }
}
