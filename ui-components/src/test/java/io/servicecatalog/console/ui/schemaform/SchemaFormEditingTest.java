package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
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

    private void fire(FxRobot robot, String id) {
        robot.interact(() -> robot.lookup("#" + id).queryButton().fire());
    }

    @Test
    @DisplayName("stepping a whole-number field holding 1.5 goes to the next whole number; exclusive bounds are never reached")
    void integerStepper(FxRobot robot) {
        show(robot, json("{'$schema':'http://json-schema.org/draft-07/schema#','properties':{"
                + "'n':{'type':'integer','exclusiveMinimum':0,'exclusiveMaximum':10},"
                + "'x':{'type':'number','exclusiveMinimum':0.5,'multipleOf':0.5}}}"), null);
        type(robot, "sf-n", "1.5");
        fire(robot, "sf-n-inc");
        assertThat(form.getValue().get("n").asText()).isEqualTo("2");
        type(robot, "sf-n", "1.5");
        fire(robot, "sf-n-dec");
        assertThat(form.getValue().get("n").asText()).isEqualTo("1");
        fire(robot, "sf-n-dec");
        assertThat(form.getValue().get("n").asText()).as("exclusive minimum 0").isEqualTo("1");
        type(robot, "sf-n", "10");
        fire(robot, "sf-n-inc");
        assertThat(form.getValue().get("n").asText()).as("exclusive maximum 10").isEqualTo("9");
        type(robot, "sf-x", "1");
        fire(robot, "sf-x-dec");
        fire(robot, "sf-x-dec");
        assertThat(form.getValue().get("x").decimalValue()).isEqualByComparingTo("1");
        assertThat(form.getErrors()).isEmpty();
    }

    private int tracked() {
        return ((SchemaFormSkin) form.getSkin()).renderer().trackedCount();
    }

    @Test
    @DisplayName("re-rendering array items and switching branches does not pile up refreshers or conditional views")
    void boundedRenderer(FxRobot robot) {
        show(robot, json("{'properties':{'nodes':{'type':'array','items':{'type':'object','properties':{"
                + "'size':{'type':'integer','default':1},'tls':{'type':'boolean'}},"
                + "'dependencies':{'tls':{'properties':{'cert':{'type':'string'}}}}}},"
                + "'kind':{'type':'object','oneOf':[{'title':'A','properties':{'a':{'type':'string','default':'x'}}},"
                + "{'title':'B','properties':{'b':{'type':'string','default':'y'}}}]}}}"),
                json("{'nodes':[{},{},{},{},{}]}"));
        int initial = tracked();
        for (int i = 0; i < 4; i++) {
            fire(robot, "sf-nodes-1-up");
        }
        fire(robot, "sf-nodes-add");
        fire(robot, "sf-nodes-5-remove");
        assertThat(tracked()).isEqualTo(initial);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup("#sf-kind-choice0").queryAs(
                javafx.scene.control.ComboBox.class);
        for (int i = 0; i < 6; i++) {
            int next = i % 2 == 0 ? 1 : 0;
            robot.interact(() -> choice.getSelectionModel().select(next));
        }
        assertThat(tracked()).isEqualTo(initial);
    }

    @Test
    @DisplayName("a property defined by both then and else has one editor; fields hidden by a condition are not sent")
    void conditionalFields(FxRobot robot) {
        show(robot, json("{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'advanced':{'type':'boolean'}},"
                + "'if':{'properties':{'advanced':{'const':true}},'required':['advanced']},"
                + "'then':{'properties':{'workers':{'type':'integer'},'shared':{'type':'string'}}},"
                + "'else':{'properties':{'preset':{'type':'string'},'shared':{'type':'string'}}}}"), null);
        assertThat(robot.lookup("#sf-shared").queryAll()).hasSize(1);
        type(robot, "sf-shared", "s");
        type(robot, "sf-preset", "small");
        robot.interact(() -> robot.lookup("#sf-advanced").queryAs(javafx.scene.control.CheckBox.class).fire());
        type(robot, "sf-workers", "4");
        assertThat(json(form.getValue().toString())).isEqualTo(json("{'advanced':true,'workers':4,'shared':'s'}"));
        robot.interact(() -> robot.lookup("#sf-advanced").queryAs(javafx.scene.control.CheckBox.class).fire());
        assertThat(form.getValue()).isEqualTo(json("{'advanced':false,'preset':'small','shared':'s'}"));
    }

    @Test
    @DisplayName("a secret's reset button never shows the default; other reset buttons do")
    void resetTooltipHidesSecretDefault(FxRobot robot) {
        show(robot, json("{'properties':{'pw':{'type':'string','format':'password','default':'s3cret-default'},"
                + "'size':{'type':'integer','default':3}}}"), null);
        assertThat(robot.lookup("#sf-pw-reset").queryButton().getAccessibleHelp()).isEqualTo("Reset to the default");
        assertThat(robot.lookup("#sf-size-reset").queryButton().getAccessibleHelp()).isEqualTo("Reset to the default (3)");
    }

    @Test
    @DisplayName("clearing a number map value leaves null (not \"\"); a text map value becomes empty text")
    void clearMapValue(FxRobot robot) {
        show(robot, json("{'properties':{'limits':{'type':'object','additionalProperties':{'type':'integer'}},"
                + "'labels':{'type':'object','additionalProperties':{'type':'string'}}}}"),
                json("{'limits':{'cpu':2},'labels':{'team':'x'}}"));
        type(robot, "sf-limits-value-0", "");
        type(robot, "sf-labels-value-0", "");
        assertThat(form.getValue().get("limits")).isEqualTo(json("{'cpu':null}"));
        assertThat(form.getValue().path("labels").path("team").asText("absent")).isEqualTo("");
    }

    @Test
    @DisplayName("switching the branch of a root oneOf keeps the keys both branches have")
    void rootChoiceKeepsSharedKeys(FxRobot robot) {
        show(robot, json("{'oneOf':[{'title':'Small','type':'object','properties':{'name':{'type':'string'},"
                + "'size':{'type':'integer'}}},{'title':'Large','type':'object','properties':{'name':{'type':'string'},"
                + "'nodes':{'type':'integer'}}}]}"), json("{'name':'db','size':2}"));
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> choice = robot.lookup("#sf-root-choice").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(() -> choice.getSelectionModel().select(1));
        assertThat(form.getValue()).isEqualTo(json("{'name':'db'}"));
    }

    @Test
    @DisplayName("in update mode a const the form fills in on display is not reported as a change")
    void constIsNotAChange(FxRobot robot) {
        robot.interact(() -> {
            form.setUpdateMode(true);
            form.setSchema(json("{'$schema':'http://json-schema.org/draft-07/schema#','required':['kind'],"
                    + "'properties':{'kind':{'const':'v2'},'size':{'type':'integer'}}}"));
            form.setOriginalValue((ObjectNode) json("{'size':1}"));
        });
        assertThat(form.getValue().get("kind").asText()).isEqualTo("v2");
        assertThat(form.changedValues()).isEmpty();
        type(robot, "sf-size", "2");
        assertThat(json(form.changedValues().toString())).isEqualTo(json("{'size':2}"));
        robot.interact(() -> form.setUpdateMode(false));
    }

    @Test
    @DisplayName("a replaced skin is disposed: it no longer rebuilds when the schema changes, and its renderer is stopped")
    void skinDispose(FxRobot robot) {
        show(robot, json("{'properties':{'a':{'type':'string'}}}"), null);
        SchemaFormSkin old = (SchemaFormSkin) form.getSkin();
        assertThat(old.renderer()).isNotNull();
        robot.interact(() -> form.setSkin(new SchemaFormSkin(form)));
        assertThat(old.renderer()).isNull();
        show(robot, json("{'properties':{'b':{'type':'string'}}}"), null);
        assertThat(old.renderer()).isNull();
        assertThat(robot.lookup("#sf-b").queryAll()).hasSize(1);
    }

    @Test
    @DisplayName("the JSON and YAML views mask secrets; an unchanged mask keeps the real value, a typed one replaces it")
    void textViewsMaskSecrets(FxRobot robot) {
        show(robot, json("{'properties':{'pw':{'type':'string','format':'password'},'size':{'type':'integer'},"
                + "'keys':{'type':'array','items':{'type':'string','format':'password'}}}}"),
                json("{'pw':'hunter2','size':1,'keys':['k1','k2']}"));
        assertThat(robot.lookup("#sf-code").tryQuery()).as("no text editor until a text view is chosen").isEmpty();
        robot.interact(() -> form.switchTo(ViewMode.JSON));
        io.servicecatalog.console.ui.editor.CodeEditor code = robot.lookup("#sf-code")
                .queryAs(io.servicecatalog.console.ui.editor.CodeEditor.class);
        for (ViewMode mode : List.of(ViewMode.JSON, ViewMode.YAML)) {
            robot.interact(() -> form.switchTo(mode));
            assertThat(code.getText()).doesNotContain("hunter2", "k1", "k2").contains(SchemaForm.MASK);
        }
        robot.interact(() -> code.setText(code.getText().replace("size: 1", "size: 2")));
        assertThat(json(form.getValue().toString())).isEqualTo(json("{'pw':'hunter2','size':2,'keys':['k1','k2']}"));
        robot.interact(() -> code.setText(code.getText().replaceFirst("pw: .*", "pw: changed")));
        assertThat(form.getValue().get("pw").asText()).isEqualTo("changed");
        robot.interact(() -> form.switchTo(ViewMode.FORM));
        assertThat(json(form.getValue().toString())).isEqualTo(json("{'pw':'changed','size':2,'keys':['k1','k2']}"));
    }

    @Test
    @DisplayName("typing is validated after a short pause (the value itself is current at once); reading validity never sees a stale answer")
    void validationIsDebounced(FxRobot robot) throws Exception {
        show(robot, json("{'properties':{'n':{'type':'integer','maximum':5}}}"), null);
        TextField field = robot.lookup("#sf-n").queryAs(TextField.class);
        boolean[] shownAtOnce = {true};
        robot.interact(() -> {
            // in one FX turn the pause cannot have run yet, however busy the machine is
            field.setText("7");
            shownAtOnce[0] = robot.lookup("#sf-n-error").tryQuery().isPresent();
        });
        assertThat(form.getValue().get("n").asInt()).isEqualTo(7);
        assertThat(shownAtOnce[0]).as("not checked per keystroke").isFalse();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                org.testfx.util.WaitForAsyncUtils.asyncFx(() -> robot.lookup("#sf-n-error").tryQuery().isPresent()).get());
        robot.interact(() -> field.setText("3"));
        assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> form.isValid()).get()).as("isValid flushes").isTrue();
    }
}
