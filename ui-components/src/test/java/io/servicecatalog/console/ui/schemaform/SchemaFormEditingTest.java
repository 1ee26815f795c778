package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Editing behaviour found in review: array items, steppers, ids, conditionals, secrets in text views. */
@ExtendWith(ApplicationExtension.class)
class SchemaFormEditingTest {

    private SchemaForm form;

    @Start
    void start(Stage stage) {
        form = new SchemaForm();
        form.setPrefSize(720, 900);
        stage.setScene(new Scene(form, 720, 900));
        stage.show();
    }

    private void show(FxRobot robot, JsonNode schema, JsonNode value) {
        robot.interact(() -> {
            form.setValue(value == null ? null : (ObjectNode) value.deepCopy());
            form.setSchema(schema);
        });
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup("#" + id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    @DisplayName("clearing an array item keeps it in place; typing into it again changes only that item")
    void clearArrayItem(FxRobot robot) {
        show(robot, json("{'properties':{'tags':{'type':'array','items':{'type':'string'}}}}"),
                json("{'tags':['a','b','c']}"));
        type(robot, "sf-tags-0", "");
        assertThat(form.getValue().get("tags")).isEqualTo(json("[null,'b','c']"));
        type(robot, "sf-tags-0", "z");
        assertThat(form.getValue().get("tags")).isEqualTo(json("['z','b','c']"));
        type(robot, "sf-tags-2", "");
        type(robot, "sf-tags-2", "y");
        assertThat(form.getValue().get("tags")).isEqualTo(json("['z','b','y']"));
        robot.interact(() -> robot.lookup("#sf-tags-0-remove").queryButton().fire());
        assertThat(form.getValue().get("tags")).isEqualTo(json("['b','y']"));
        assertThat(robot.lookup("#sf-tags-0").queryAs(TextField.class).getText()).isEqualTo("b");
    }
}
