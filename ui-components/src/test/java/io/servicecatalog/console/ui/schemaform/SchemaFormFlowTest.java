package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.ui.Snapshots;
import io.servicecatalog.console.ui.TestSchemas;
import io.servicecatalog.console.ui.editor.CodeEditor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SchemaFormFlowTest {

    private SchemaForm form;

    @Start
    void start(Stage stage) {
        form = new SchemaForm(TestSchemas.resource("database.json"));
        form.setPrefSize(760, 1000);
        stage.setScene(new Scene(form, 760, 1000));
        stage.show();
    }

    /** The error label beside a field, after the validation that typing deferred has run. */
    private Label error(FxRobot robot, String id) {
        robot.interact(form::flushValidation);
        return robot.lookup("#" + id + "-error").queryAs(Label.class);
    }

    @Test
    @DisplayName("a user fills the database form by typing, sees an inline error, fixes it, goes to JSON and back, and gets the expected JSON")
    void fillFixToggle(FxRobot robot) {
        assertThat(form.getValue()).isEqualTo(json("{'version':'16','storageGb':20,'highAvailability':false,"
                + "'backup':{'enabled':true,'retentionDays':7,'window':'02:00'}}"));
        assertThat(form.isValid()).as("admin password is required").isFalse();
        assertThat(form.getVisibleErrors()).as("untouched required fields are not shouted at").isEmpty();

        robot.clickOn("#sf-maintenanceWindow").write("sunday");
        Label windowError = error(robot, "sf-maintenanceWindow");
        assertThat(windowError.isVisible()).as("inline error beside the field").isTrue();
        assertThat(windowError.getText()).contains("must match the pattern ^(mon|tue");
        assertThat(robot.lookup("#sf-summary").queryAs(javafx.scene.layout.VBox.class).isVisible()).isTrue();
        Snapshots.save(robot, form, "database-form-inline-error");

        robot.doubleClickOn("#sf-maintenanceWindow").press(KeyCode.CONTROL).press(KeyCode.A)
                .release(KeyCode.A).release(KeyCode.CONTROL).eraseText(1).write("sun:02:00-sun:03:00");
        robot.interact(form::flushValidation);
        assertThat(windowError.isVisible()).isFalse();

        robot.clickOn("#sf-adminPassword").write("short");
        assertThat(error(robot, "sf-adminPassword").getText()).isEqualTo("Enter at least 12 characters.");
        robot.write(" enough!");
        assertThat(error(robot, "sf-adminPassword").isVisible()).isFalse();
        robot.clickOn("#sf-adminPassword-reveal");
        assertThat(robot.lookup("#sf-adminPassword-plain").queryAs(TextField.class).isVisible()).isTrue();

        robot.clickOn("#sf-storageGb-inc");
        robot.clickOn("#sf-highAvailability");
        robot.clickOn("#sf-allowedCidrs-add");
        robot.clickOn("#sf-allowedCidrs-0").write("10.0.0.0/16");
        robot.clickOn("#sf-extensions-0");
        robot.clickOn("#sf-extensions-3");
        robot.clickOn("#sf-labels-add");
        robot.doubleClickOn("#sf-labels-key-0").eraseText(4).write("team");
        robot.clickOn("#sf-labels-value-0").write("data");
        robot.clickOn("#sf-backup-retentionDays").eraseText(1).write("14");
        robot.clickOn("#sf-backup-retentionDays-reset");

        Snapshots.save(robot, form, "database-form-filled");
        assertThat(form.getErrors()).isEmpty();
        assertThat(form.isValid()).isTrue();

        robot.clickOn("#sf-mode-json");
        CodeEditor code = robot.lookup("#sf-code").queryAs(CodeEditor.class);
        assertThat(code.isVisible()).isTrue();
        assertThat(code.getText()).contains("\"storageGb\" : 30", "\"team\" : \"data\"");
        robot.interact(() -> code.setText(code.getText().replace("\"storageGb\" : 30", "\"storageGb\" : 0")));
        assertThat(code.getMarks()).singleElement().satisfies(m -> {
            assertThat(m.line()).isEqualTo(3);
            assertThat(m.message()).isEqualTo("/storageGb: Enter 10 or more.");
        });
        Snapshots.save(robot, form, "database-json-view-error");
        robot.interact(() -> code.setText(code.getText().replace("\"storageGb\" : 0", "\"storageGb\" : 30")));
        assertThat(code.getMarks()).isEmpty();
        Snapshots.save(robot, form, "database-json-view");
        robot.interact(() -> code.setText(code.getText().replaceFirst("\\{", "{\n  \"brokerOnly\" : {\"x\" : 1},")));
        robot.interact(() -> code.setText(code.getText() + " oops"));
        assertThat(form.isValid()).isFalse();
        assertThat(code.getMarks()).singleElement().satisfies(m -> assertThat(m.message()).contains("not valid JSON"));
        robot.clickOn("#sf-mode-form");
        assertThat(form.getViewMode()).as("unparsable text keeps the JSON view").isEqualTo(ViewMode.JSON);
        robot.interact(() -> code.setText(code.getText().replace(" oops", "")));
        robot.clickOn("#sf-mode-yaml");
        assertThat(code.getText()).contains("storageGb: 30", "version: \"16\"");
        robot.clickOn("#sf-mode-form");
        assertThat(form.getViewMode()).isEqualTo(ViewMode.FORM);

        assertThat(form.getValue()).isEqualTo(json("{'brokerOnly':{'x':1},'version':'16','storageGb':30,"
                + "'highAvailability':true,'maintenanceWindow':'sun:02:00-sun:03:00',"
                + "'backup':{'enabled':true,'retentionDays':7,'window':'02:00'},"
                + "'adminPassword':'short enough!','allowedCidrs':['10.0.0.0/16'],"
                + "'extensions':['postgis','hstore'],'labels':{'team':'data'}}"));
        assertThat(robot.lookup("#sf-maintenanceWindow").queryAs(TextField.class).getText())
                .isEqualTo("sun:02:00-sun:03:00");
        assertThat(form.getSensitivePaths()).containsExactly("/adminPassword");
        assertThat(form.isValid()).isTrue();
    }

    @Test
    @DisplayName("clearing a required field shows 'required' beside it; revealErrors shows untouched ones too")
    void requiredErrors(FxRobot robot) {
        robot.clickOn("#sf-adminPassword").write("x").eraseText(1);
        assertThat(error(robot, "sf-adminPassword").getText()).isEqualTo("This field is required.");
        robot.interact(() -> form.setValue((com.fasterxml.jackson.databind.node.ObjectNode) json("{'version':'16'}")));
        assertThat(form.getVisibleErrors()).isEmpty();
        robot.interact(form::revealErrors);
        assertThat(form.getVisibleErrors()).extracting(e -> e.pointer()).containsExactly("/storageGb", "/adminPassword");
        assertThat(error(robot, "sf-storageGb").getText()).isEqualTo("This field is required.");
    }
}
