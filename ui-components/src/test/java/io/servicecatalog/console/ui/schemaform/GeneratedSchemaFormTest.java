package io.servicecatalog.console.ui.schemaform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.schema.ParameterValidator;
import io.servicecatalog.console.model.schema.RandomSchemas;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Random schemas rendered as real forms: no exception, never blank, and a valid instance stays valid. */
@ExtendWith(ApplicationExtension.class)
class GeneratedSchemaFormTest {

    private StackPane root;

    @Start
    void start(Stage stage) {
        root = new StackPane();
        stage.setScene(new Scene(root, 700, 600));
        stage.show();
    }

    static Stream<Long> seeds() {
        return Stream.of(11L, 2024L, 987654321L);
    }

    @ParameterizedTest(name = "seed {0}: 40 random schemas build their form nodes without errors")
    @MethodSource("seeds")
    void render(long seed, FxRobot robot) {
        RandomSchemas gen = new RandomSchemas(new Random(seed));
        List<Throwable> failures = new ArrayList<>();
        int validChecked = 0;
        for (int i = 0; i < 40; i++) {
            // the first few go through a real scene (CSS and layout); the rest build skin and nodes directly,
            // which is where a schema could make the form throw, at a fraction of the cost
            boolean inScene = i < 4;
            ObjectNode schema = gen.schema();
            JsonNode instance = gen.instance(schema, schema, 0);
            ParameterValidator validator = ParameterValidator.forSchema(schema);
            boolean valid = instance instanceof ObjectNode && validator.validate(instance).isEmpty();
            SchemaForm[] form = new SchemaForm[1];
            robot.interact(() -> {
                try {
                    form[0] = new SchemaForm(schema);
                    if (inScene) {
                        root.getChildren().setAll(form[0]);
                        root.applyCss();
                        root.layout();
                    } else {
                        form[0].setSkin(new SchemaFormSkin(form[0]));
                    }
                    if (valid) {
                        form[0].setValue(((ObjectNode) instance).deepCopy());
                        form[0].switchTo(ViewMode.JSON);
                        form[0].switchTo(ViewMode.FORM);
                        if (inScene) {
                            root.layout();
                        }
                    }
                } catch (RuntimeException e) {
                    failures.add(new AssertionError("schema " + schema, e));
                }
            });
            assertThat(failures).isEmpty();
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) ((javafx.scene.layout.BorderPane)
                    form[0].getChildrenUnmodifiable().get(0)).getCenter().lookup(".sf-scroll");
            assertThat(scroll).isNotNull();
            assertThat(((javafx.scene.layout.Pane) scroll.getContent()).getChildren()).as("never a blank form for %s",
                    schema).isNotEmpty();
            if (valid) {
                validChecked++;
                assertThat(validator.validate(form[0].getValue())).as("form output of %s for %s",
                        form[0].getValue(), schema).isEmpty();
            }
        }
        assertThat(validChecked).isGreaterThan(3);
    }
}
