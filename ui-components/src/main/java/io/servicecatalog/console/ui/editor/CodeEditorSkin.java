package io.servicecatalog.console.ui.editor;

import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.reactfx.Subscription;

/** Skin of {@link CodeEditor}: a {@code CodeArea} in a scroll pane with a gutter of line numbers and marks. */
final class CodeEditorSkin extends SkinBase<CodeEditor> {

    /** Typing pauses this long before the text is re-lexed and restyled (a big document per keystroke is slow). */
    static final Duration HIGHLIGHT_DELAY = Duration.ofMillis(100);

    private final CodeArea area = new CodeArea();
    private final Subscription typingHighlight;
    private boolean syncing;

    CodeEditorSkin(CodeEditor editor) {
        super(editor);
        area.getStyleClass().add("code-area-inner");
        area.setWrapText(false);
        area.editableProperty().bind(editor.editableProperty());
        area.setId(editor.getId() == null ? null : editor.getId() + "-area");
        registerChangeListener(editor.idProperty(), o -> area.setId(editor.getId() == null ? null
                : editor.getId() + "-area"));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        getChildren().add(scroll);

        area.replaceText(editor.getText());
        showFrom(0);
        highlight();
        typingHighlight = area.multiPlainChanges().successionEnds(HIGHLIGHT_DELAY).subscribe(changes -> highlight());
        area.textProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    editor.setText(b);
                } finally {
                    syncing = false;
                }
            }
        });
        registerChangeListener(editor.textProperty(), o -> {
            String b = editor.getText();
            if (!syncing && !area.getText().equals(b)) {
                syncing = true;
                try {
                    // replaceText leaves the caret (and the view) at the end; a regenerated document should
                    // stay where the reader was, which is the top unless they moved.
                    int caret = area.getCaretPosition();
                    area.replaceText(b == null ? "" : b);
                    showFrom(Math.min(caret, area.getLength()));
                } finally {
                    syncing = false;
                }
                highlight();
            }
        });
        registerChangeListener(editor.languageProperty(), o -> highlight());
        registerListChangeListener(editor.getMarks(), c -> applyMarks());
        applyMarks();
    }

    /** Puts the caret at {@code position} and scrolls there; position 0 shows the first line at the top. */
    private void showFrom(int position) {
        area.moveTo(position);
        if (position == 0) {
            area.showParagraphAtTop(0);
        } else {
            area.requestFollowCaret();
        }
    }

    /** Restyles now instead of after the typing pause (tests, and callers that read styles at once). */
    void highlightNow() {
        highlight();
    }

    @Override
    public void dispose() {
        typingHighlight.unsubscribe();
        area.editableProperty().unbind();
        super.dispose();
    }

    /** The RichTextFX area, for tests and callers that need caret control. */
    CodeArea area() {
        return area;
    }

    private void highlight() {
        String text = area.getText();
        List<SyntaxHighlighter.Token> tokens = SyntaxHighlighter.tokens(text, getSkinnable().getLanguage());
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        int last = 0;
        for (SyntaxHighlighter.Token t : tokens) {
            b.add(Collections.emptyList(), t.start() - last);
            b.add(Collections.singleton(t.style()), t.end() - t.start());
            last = t.end();
        }
        b.add(Collections.emptyList(), text.length() - last);
        StyleSpans<Collection<String>> spans = b.create();
        area.setStyleSpans(0, spans);
        applyLineStyles(marksByLine());
    }

    private Map<Integer, String> marksByLine() {
        Map<Integer, String> byLine = new HashMap<>();
        for (EditorMark m : getSkinnable().getMarks()) {
            byLine.merge(m.line(), m.message(), (x, y) -> x + "\n" + y);
        }
        return byLine;
    }

    private void applyLineStyles(Map<Integer, String> byLine) {
        int paragraphs = area.getParagraphs().size();
        for (int i = 0; i < paragraphs; i++) {
            List<String> style = byLine.containsKey(i + 1) ? List.of("error-line") : List.of();
            if (!List.copyOf(area.getParagraph(i).getParagraphStyle()).equals(style)) {
                area.setParagraphStyle(i, style);
            }
        }
    }

    private void applyMarks() {
        Map<Integer, String> byLine = marksByLine();
        applyLineStyles(byLine);
        IntFunction<Node> numbers = index -> gutter(index, byLine);
        area.setParagraphGraphicFactory(numbers);
    }

    private Node gutter(int index, Map<Integer, String> byLine) {
        Label number = new Label(Integer.toString(index + 1));
        number.getStyleClass().add("line-number");
        Region marker = new Region();
        marker.getStyleClass().add("line-marker");
        String message = byLine.get(index + 1);
        if (message != null) {
            marker.getStyleClass().add("error");
            Tooltip tip = new Tooltip(message);
            Tooltip.install(marker, tip);
            Tooltip.install(number, tip);
        }
        HBox box = new HBox(marker, number);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.getStyleClass().add("gutter");
        return box;
    }
}
