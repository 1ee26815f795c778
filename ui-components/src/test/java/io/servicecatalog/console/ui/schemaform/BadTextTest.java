package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.model.schema.FieldKind;
import io.servicecatalog.console.ui.editor.CodeEditor;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Text that does not parse, typed into the parameter editors: an inline error, and every character kept. */
@ExtendWith(ApplicationExtension.class)
class BadTextTest {

    private SchemaForm form;

    @Start
    void start(Stage stage) {
        form = new SchemaForm();
        stage.setScene(new Scene(form, 640, 600));
        stage.show();
    }

    @Test
    @DisplayName("YAML that is not YAML gets a mark on its line, the view stays, and the text is kept as typed")
    void brokenYamlKept(FxRobot robot) {
        robot.interact(() -> form.setSchema(json("{'type':'object','properties':{'name':{'type':'string'},'size':{'type':'integer'}}}")));
        robot.interact(() -> assertThat(form.switchTo(ViewMode.YAML)).isTrue());
        CodeEditor code = robot.lookup("#sf-code").queryAs(CodeEditor.class);
        String broken = "name: db\nsize: [1, 2\n  nope: : :\n";
        robot.interact(() -> code.setText(broken));
        assertThat(form.isValid()).isFalse();
        assertThat(code.getMarks()).singleElement().satisfies(m -> assertThat(m.message()).isNotBlank());
        robot.interact(() -> assertThat(form.switchTo(ViewMode.FORM)).as("refused while the text does not parse").isFalse());
        assertThat(form.getViewMode()).isEqualTo(ViewMode.YAML);
        assertThat(code.getText()).isEqualTo(broken);
        robot.interact(() -> code.setText("name: db\nsize: 3\n"));
        assertThat(form.isValid()).isTrue();
        robot.interact(() -> assertThat(form.switchTo(ViewMode.FORM)).isTrue());
        assertThat(form.getValue()).isEqualTo(json("{'name':'db','size':3}"));
    }

    @Test
    @DisplayName("parameters that are not JSON in the raw editor of an unrenderable schema are marked and kept as typed")
    void brokenJsonInRawEditorKept(FxRobot robot) {
        robot.interact(() -> form.setSchema(json("{'type':'object'}")));
        assertThat(form.getModel().root().kind()).isEqualTo(FieldKind.RAW);
        CodeEditor editor = robot.lookup("#sf-root").queryAs(CodeEditor.class);
        String broken = "{\"size\": 3, \"tags\": [\"a\", }";
        robot.interact(() -> editor.setText(broken));
        assertThat(form.isValid()).isFalse();
        assertThat(editor.getMarks()).singleElement().satisfies(m -> assertThat(m.message()).isNotBlank());
        assertThat(editor.getText()).isEqualTo(broken);
        robot.interact(() -> editor.setText("not json at all"));
        assertThat(editor.getText()).isEqualTo("not json at all");
        assertThat(form.isValid()).isFalse();
    }
}
