package io.servicecatalog.console.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.servicecatalog.console.ui.Snapshots;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.CodeArea;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CodeEditorTest {

    private CodeEditor editor;

    @Start
    void start(Stage stage) {
        editor = new CodeEditor(EditorLanguage.JSON, "{\n  \"a\" : 1,\n  \"b\" : [ true, null, \"x\" ]\n}");
        editor.setId("editor");
        stage.setScene(new Scene(editor, 520, 220));
        stage.show();
    }

    @Test
    @DisplayName("typing in the editor updates textProperty, and setting the text updates the editor")
    void textSync(FxRobot robot) {
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        robot.interact(() -> area.moveTo(area.getLength()));
        robot.clickOn(area).press(KeyCode.CONTROL, KeyCode.END).release(KeyCode.END, KeyCode.CONTROL).write(" ");
        assertThat(editor.getText()).endsWith("} ");
        robot.interact(() -> editor.setText("{}"));
        assertThat(area.getText()).isEqualTo("{}");
    }

    @Test
    @DisplayName("new text from outside keeps the reader at the top instead of jumping to its end")
    void replacedTextStaysAtTop(FxRobot robot) {
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        String longText = "line\n".repeat(200);
        robot.interact(() -> editor.setText(longText));
        assertThat(area.getCaretPosition()).isZero();
        robot.interact(() -> area.moveTo(10));
        robot.interact(() -> editor.setText("short"));
        assertThat(area.getCaretPosition()).isEqualTo(5);
    }

    @Test
    @DisplayName("read-only mode ignores typing")
    void readOnly(FxRobot robot) {
        robot.interact(() -> editor.setEditable(false));
        String before = editor.getText();
        robot.clickOn("#editor-area").write("zzz");
        assertThat(editor.getText()).isEqualTo(before);
    }

    @Test
    @DisplayName("error marks style their line and show a marker with the message in the gutter")
    void marks(FxRobot robot) {
        robot.interact(() -> editor.getMarks().setAll(new EditorMark(3, "Unexpected token")));
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        assertThat(area.getParagraph(2).getParagraphStyle()).containsExactly("error-line");
        assertThat(area.getParagraph(0).getParagraphStyle()).isEmpty();
        assertThat(robot.lookup(".line-marker.error").queryAll()).hasSize(1);
        javafx.scene.layout.Region line = robot.lookup(".error-line").queryAs(javafx.scene.layout.Region.class);
        assertThat(line.getBackground()).as("error line is tinted").isNotNull();
        robot.interact(() -> editor.setLanguage(EditorLanguage.YAML));
        robot.interact(() -> editor.setText("# parameters\nversion: \"16\"\nstorage: 20\nha: true\nzones:\n  - a\n  - b\n"));
        robot.interact(() -> editor.getMarks().setAll(new EditorMark(3, "Enter 10 or more.")));
        Snapshots.save(robot, editor, "code-editor-yaml-mark");
        assertThat(area.getStyleOfChar(2)).containsExactly("code-comment");
    }

    @Test
    @DisplayName("JSON tokens: keys, strings, numbers, literals and punctuation get their own styles")
    void jsonTokens() {
        List<SyntaxHighlighter.Token> tokens = SyntaxHighlighter.tokens("{\"k\": \"v\", \"n\": -1.5e3, \"t\": true}",
                EditorLanguage.JSON);
        assertThat(tokens).extracting(SyntaxHighlighter.Token::style).containsExactly("code-punct", "code-key",
                "code-punct", "code-string", "code-punct", "code-key", "code-punct", "code-number", "code-punct",
                "code-key", "code-punct", "code-literal", "code-punct");
    }

    @Test
    @DisplayName("YAML tokens: comments, keys, quoted strings, numbers and booleans; broken text never throws")
    void yamlTokens() {
        String yaml = "# c\nname: \"x\"\nsize: 20\nha: false\nlist:\n  - item\n";
        List<SyntaxHighlighter.Token> tokens = SyntaxHighlighter.tokens(yaml, EditorLanguage.YAML);
        assertThat(tokens).extracting(t -> t.style() + ":" + yaml.substring(t.start(), t.end())).contains(
                "code-comment:# c", "code-key:name", "code-string:\"x\"", "code-key:size", "code-number:20",
                "code-literal:false");
        assertThat(SyntaxHighlighter.tokens("{\"unterminated: [1, ", EditorLanguage.JSON)).isNotEmpty();
        assertThat(SyntaxHighlighter.tokens("", EditorLanguage.YAML)).isEmpty();
    }

    @Test
    @DisplayName("typing restyles after a short pause, not per keystroke; the text itself follows at once")
    void highlightIsDebounced(FxRobot robot) {
        CodeArea area = robot.lookup("#editor-area").queryAs(CodeArea.class);
        // Typed and read in one FX pulse, so a slow machine cannot let the debounce run in between.
        java.util.concurrent.atomic.AtomicReference<List<String>> styleRightAfter = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            area.replaceText("\"k\" : 1");
            styleRightAfter.set(List.copyOf(area.getStyleOfChar(1)));
        });
        assertThat(editor.getText()).isEqualTo("\"k\" : 1");
        assertThat(styleRightAfter.get()).as("not yet restyled").isEmpty();
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(org.testfx.util.WaitForAsyncUtils.asyncFx(() -> List.copyOf(area.getStyleOfChar(1))).get())
                        .isNotEmpty());
    }

    @Test
    @DisplayName("a replaced skin stops following the editor: its listeners are removed on dispose")
    void skinDisposeRemovesListeners(FxRobot robot) {
        CodeEditorSkin old = (CodeEditorSkin) editor.getSkin();
        robot.interact(() -> editor.setSkin(new CodeEditorSkin(editor)));
        robot.interact(() -> editor.setText("[1]"));
        robot.interact(() -> editor.getMarks().setAll(new EditorMark(1, "x")));
        assertThat(old.area().getText()).isNotEqualTo("[1]");
        assertThat(old.area().getParagraph(0).getParagraphStyle()).isEmpty();
    }
}
