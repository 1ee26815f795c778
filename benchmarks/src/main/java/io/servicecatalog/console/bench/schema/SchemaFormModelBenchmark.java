package io.servicecatalog.console.bench.schema;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.schema.ParameterValidator;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import java.util.List;
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
 * The pure part of a parameter form: building the form model of a wide schema (budget: a 200-property form
 * in under 100 ms), compiling its validator, and validating plus normalising a filled value (once per
 * keystroke). Run: {@code java -cp <classpath> org.openjdk.jmh.Main SchemaFormModelBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchemaFormModelBenchmark {

    @Param({"10", "50", "200"})
    public int properties;

    private ObjectNode schema;
    private SchemaFormModel model;
    private ParameterValidator validator;
    private ObjectNode value;

    @Setup
    public void setUp() {
        schema = WideSchemas.wide(properties);
        model = SchemaFormModel.build(schema);
        validator = ParameterValidator.forSchema(schema);
        value = model.defaults();
        for (int i = 0; i < properties; i += 8) {
            value.put("param" + i, "name-" + i);
        }
    }

    /** Schema → form model (what the 100 ms budget is about on the model side). */
    @Benchmark
    public SchemaFormModel buildModel() {
        return SchemaFormModel.build(schema, SchemaFormModel.Options.defaults());
    }

    /** Compiling the networknt validator once per schema. */
    @Benchmark
    public ParameterValidator compileValidator() {
        return ParameterValidator.forSchema(schema);
    }

    /** What each keystroke costs outside JavaFX: normalise the value and validate it. */
    @Benchmark
    public List<?> validateKeystroke() {
        return validator.validate(ParameterValues.output(model, value));
    }
}
