package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.schema.FieldKind;
import io.servicecatalog.console.ui.Snapshots;
import io.servicecatalog.console.ui.TestSchemas;
import io.servicecatalog.console.ui.editor.CodeEditor;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class SchemaFormRenderingTest {

    private SchemaForm form;

    @Start
    void start(Stage stage) {
        form = new SchemaForm();
        form.setPrefSize(720, 900);
        stage.setScene(new Scene(form, 720, 900));
        stage.show();
    }

    private static boolean shown(FxRobot robot, String query) {
        for (Node n = robot.lookup(query).query(); n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private void show(FxRobot robot, JsonNode schema) {
        robot.interact(() -> {
            form.setValue(null);
            form.setSchema(schema);
        });
    }

    private Path snap(FxRobot robot, String name) {
        Node content = robot.lookup(".sf-content").query();
        Path file = Snapshots.save(robot, content, name);
        assertThat(file).exists();
        return file;
    }

    @Test
    @DisplayName("the ups-broker schema (draft-04, two described strings) renders as two labelled fields with help")
    void upsBroker(FxRobot robot) throws Exception {
        JsonNode catalog = TestSchemas.shared("reference/brokers/ups-broker-catalog.json");
        JsonNode schema = null;
        for (JsonNode service : catalog.path("services")) {
            for (JsonNode plan : service.path("plans")) {
                if (plan.has("schemas")) {
                    schema = plan.at("/schemas/service_instance/create/parameters");
                }
            }
        }
        show(robot, schema);
        assertThat(robot.lookup("#sf-param_2d_1-label").queryAs(Label.class).getText()).isEqualTo("Param 1");
        assertThat(robot.lookup("#sf-param_2d_2-help").queryAs(Label.class).getText()).isEqualTo("Second input parameter");
        robot.clickOn("#sf-param_2d_1").write("a");
        assertThat(form.getValue()).isEqualTo(json("{'param-1':'a'}"));
        assertThat(Files.size(snap(robot, "ups-broker-create"))).isGreaterThan(1000);
    }

    @Test
    @DisplayName("the test-broker plan fixture's binding schema renders; update schema prefilled from instance parameters reports only changes")
    void testBrokerUpdate(FxRobot robot) {
        JsonNode plan = TestSchemas.shared("reference/fixtures/clusterserviceplan-test-service-with-schemas-default.json");
        robot.interact(() -> {
            form.setUpdateMode(true);
            form.setSchema(plan.at("/spec/instanceUpdateParameterSchema"));
            form.setOriginalValue((ObjectNode) json("{'param-1':'one','param-2':'two'}"));
        });
        assertThat(robot.lookup("#sf-param_2d_1").queryAs(TextField.class).getText()).isEqualTo("one");
        robot.clickOn("#sf-param_2d_2").write("!");
        assertThat(form.changedValues()).isEqualTo(json("{'param-2':'two!'}"));
        assertThat(robot.lookup("#sf-status").queryAs(Label.class).getText()).isEqualTo("1 parameter changed");
        snap(robot, "test-broker-update");
        robot.interact(() -> form.setUpdateMode(false));
    }

    @Test
    @DisplayName("AWS-style draft-06 schema renders with enums, bounds and a sensitive password by name")
    void aws(FxRobot robot) {
        show(robot, TestSchemas.resource("aws-draft06.json"));
        assertThat(form.getModel().draft().name()).isEqualTo("DRAFT_6");
        assertThat(form.getSensitivePaths()).containsExactly("/MasterUserPassword");
        assertThat(form.getValue()).isEqualTo(json("{'AccessCidr':'10.0.0.0/8','DBInstanceClass':'db.t2.micro',"
                + "'AllocatedStorage':10,'MultiAZ':'false','BackupRetentionPeriod':7}"));
        snap(robot, "aws-draft06");
    }

    @Test
    @DisplayName("$ref, oneOf branches, arrays of objects and a remote $ref note render; switching branch swaps fields")
    void refsAndBranches(FxRobot robot) {
        show(robot, TestSchemas.resource("refs-oneof.json"));
        assertThat(robot.lookup("#sf-remote-note").queryAs(Label.class).getText()).contains("remote schema");
        assertThat(robot.lookup("#sf-remote").queryAs(CodeEditor.class)).isNotNull();
        robot.clickOn("#sf-replicas-add");
        robot.clickOn("#sf-replicas-0-zone").write("eu");
        robot.clickOn("#sf-replicas-add");
        robot.clickOn("#sf-replicas-1-zone").write("us");
        robot.clickOn("#sf-replicas-1-up");
        assertThat(form.getValue().get("replicas")).isEqualTo(json("[{'zone':'us'},{'zone':'eu'}]"));
        robot.clickOn("#sf-storage-path").write("/data");
        assertThat(form.getValue().get("storage")).isEqualTo(json("{'kind':'local','path':'/data'}"));
        snap(robot, "refs-oneof-local");
        @SuppressWarnings("unchecked")
        ComboBox<String> choice = robot.lookup("#sf-storage-choice0").queryAs(ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(1));
        assertThat(robot.lookup("#sf-storage-path").tryQuery()).isEmpty();
        robot.clickOn("#sf-storage-bucket").write("b1");
        assertThat(form.getValue().get("storage")).isEqualTo(json("{'kind':'s3','bucket':'b1'}"));
        robot.clickOn("#sf-replicas-0-remove");
        assertThat(form.getValue().get("replicas")).isEqualTo(json("[{'zone':'eu'}]"));
        assertThat(robot.lookup("#sf-tree-group").queryAs(TitledPane.class).isExpanded()).isTrue();
        snap(robot, "refs-oneof-s3");
    }

    @Test
    @DisplayName("if/then/else and dependencies show fields only while their condition holds")
    void conditionals(FxRobot robot) {
        show(robot, json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object',"
                + "'properties':{'mode':{'title':'Mode','enum':['basic','advanced'],'default':'basic'},"
                + "'tls':{'type':'boolean','title':'Use TLS'}},"
                + "'dependencies':{'tls':{'properties':{'caBundle':{'type':'string','format':'textarea','title':'CA bundle'}}}},"
                + "'if':{'properties':{'mode':{'const':'advanced'}}},"
                + "'then':{'properties':{'workers':{'type':'integer','minimum':1,'title':'Workers'}}},"
                + "'else':{'properties':{'preset':{'type':'string','enum':['small','large'],'title':'Preset'}}}}"));
        assertThat(shown(robot, "#sf-workers")).isFalse();
        assertThat(shown(robot, "#sf-preset")).isTrue();
        assertThat(shown(robot, "#sf-caBundle")).isFalse();
        robot.clickOn("#sf-mode-1");
        robot.clickOn("#sf-tls");
        assertThat(shown(robot, "#sf-workers")).isTrue();
        assertThat(shown(robot, "#sf-preset")).isFalse();
        assertThat(shown(robot, "#sf-caBundle")).isTrue();
        snap(robot, "conditionals");
    }

    @Test
    @DisplayName("an unrenderable schema shows a raw JSON editor with a note, and its JSON flows into the value")
    void rawFallback(FxRobot robot) {
        show(robot, json("{'type':'object'}"));
        assertThat(form.getModel().root().kind()).isEqualTo(FieldKind.RAW);
        assertThat(robot.lookup("#sf-root-note").queryAs(Label.class).getText()).contains("free-form");
        CodeEditor editor = robot.lookup("#sf-root").queryAs(CodeEditor.class);
        robot.interact(() -> editor.setText("{\"a\": 1, \"b\": [true]}"));
        assertThat(form.getValue()).isEqualTo(json("{'a':1,'b':[true]}"));
        robot.interact(() -> editor.setText("{\"a\": "));
        assertThat(form.isValid()).isFalse();
        assertThat(editor.getMarks()).hasSize(1);
        snap(robot, "raw-fallback");
        robot.interact(() -> editor.setText("{}"));
        assertThat(form.isValid()).isTrue();
    }

    @Test
    @DisplayName("a 200-property form shows its first screen at once and adds the rest a batch per pulse")
    void largeForm(FxRobot robot) {
        com.fasterxml.jackson.databind.node.ObjectNode schema = TestSchemas.JSON.createObjectNode().put("type", "object");
        com.fasterxml.jackson.databind.node.ObjectNode props = schema.putObject("properties");
        for (int i = 0; i < 200; i++) {
            props.putObject("p" + i).put("type", i % 2 == 0 ? "string" : "integer").put("default", i % 2 == 0 ? "v" : "1");
        }
        robot.interact(() -> {
            form.setValue(null);
            form.setSchema(schema);
            assertThat(form.isRendering()).isTrue();
            assertThat(form.lookup("#sf-p0")).isNotNull();
            assertThat(form.lookup("#sf-p199")).isNull();
        });
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> robot.lookup("#sf-p199").tryQuery().isPresent());
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).until(() -> !form.isRendering());
        assertThat(form.getValue().size()).isEqualTo(200);
        robot.clickOn("#sf-p0").write("x");
        assertThat(form.getValue().get("p0").asText()).isEqualTo("vx");
    }

    @Test
    @DisplayName("the AtlantaFX bridge stylesheet lets a theme's -color-* tokens restyle the form")
    void themeTokens(FxRobot robot) throws Exception {
        Path css = Files.createTempFile("theme", ".css");
        StringBuilder tokens = new StringBuilder(".root {\n");
        for (String t : new String[] {"bg-default", "fg-default", "fg-muted", "fg-subtle", "border-default", "bg-subtle",
                "accent-emphasis", "accent-fg", "accent-subtle", "danger-subtle", "danger-muted", "warning-fg",
                "warning-subtle", "warning-muted", "success-fg"}) {
            tokens.append("  -color-").append(t).append(": #808080;\n");
        }
        tokens.append("  -color-danger-fg: #00aa00;\n}\n");
        Files.writeString(css, tokens);
        show(robot, json("{'properties':{'n':{'type':'integer','title':'N'}}}"));
        robot.clickOn("#sf-n").write("z");
        robot.interact(form::flushValidation);
        Label error = robot.lookup("#sf-n-error").queryAs(Label.class);
        assertThat(error.getTextFill()).isEqualTo(javafx.scene.paint.Color.web("#d1242f"));
        robot.interact(() -> form.getScene().getStylesheets().addAll(css.toUri().toString(),
                io.servicecatalog.console.ui.theme.UiStylesheets.atlantaFxBridge()));
        robot.interact(() -> form.applyCss());
        assertThat(error.getTextFill()).isEqualTo(javafx.scene.paint.Color.web("#00aa00"));
        robot.interact(() -> form.getScene().getStylesheets().clear());
        Files.delete(css);
    }

    @Test
    @DisplayName("read-only fields cannot be edited; an optional combo can be cleared; text in a number field is explained")
    void readOnlyEnumAndNumbers(FxRobot robot) {
        show(robot, json("{'properties':{'id':{'type':'string','readOnly':true,'default':'fixed-id'},"
                + "'region':{'type':'string','enum':['eu','us','ap','sa']},'count':{'type':'integer','maximum':5}}}"));
        assertThat(robot.lookup("#sf-id").queryAs(TextField.class).isEditable()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<io.servicecatalog.console.model.schema.EnumOption> region = robot.lookup("#sf-region").queryAs(ComboBox.class);
        robot.interact(() -> region.getSelectionModel().select(2));
        assertThat(form.getValue().get("region").asText()).isEqualTo("us");
        robot.interact(() -> region.getSelectionModel().select(0));
        assertThat(form.getValue().has("region")).isFalse();
        robot.clickOn("#sf-count").write("7");
        robot.interact(form::flushValidation);
        assertThat(robot.lookup("#sf-count-error").queryAs(Label.class).getText()).isEqualTo("Enter 5 or less.");
        robot.write("x");
        robot.interact(form::flushValidation);
        assertThat(robot.lookup("#sf-count-error").queryAs(Label.class).getText()).isEqualTo("Enter a whole number.");
        assertThat(form.isValid()).isFalse();
        snap(robot, "readonly-enum-number");
    }

    @Test
    @DisplayName("a schema over 64 kB and a null schema never give a blank form")
    void hugeAndNull(FxRobot robot) {
        StringBuilder big = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        for (int i = 0; i < 2000; i++) {
            big.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":{\"type\":\"string\",\"description\":\"")
                    .append("x".repeat(30)).append("\"}");
        }
        show(robot, json(big.append("}}").toString()));
        assertThat(robot.lookup("#sf-root-note").queryAs(Label.class).getText()).contains("64 kB");
        show(robot, null);
        assertThat(robot.lookup("#sf-root-note").queryAs(Label.class).getText()).contains("no parameter schema");
        show(robot, json("{'type':'object','properties':{},'additionalProperties':false}"));
        assertThat(robot.lookup("#sf-root-empty").queryAs(Label.class).getText()).contains("no parameters");
    }
}
