package io.servicecatalog.console.ui.schemaform;

import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.schema.Choice;
import io.servicecatalog.console.model.schema.Conditional;
import io.servicecatalog.console.model.schema.EnumOption;
import io.servicecatalog.console.model.schema.FieldError;
import io.servicecatalog.console.model.schema.FieldKind;
import io.servicecatalog.console.model.schema.FormField;
import io.servicecatalog.console.model.schema.JsonPointers;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import io.servicecatalog.console.ui.editor.CodeEditor;
import io.servicecatalog.console.ui.editor.EditorLanguage;
import io.servicecatalog.console.ui.editor.EditorMark;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Builds the JavaFX nodes of a {@link SchemaForm} from its model and document, and routes errors and
 * focus to the rendered fields. One renderer per full rebuild; parts (array items, branches) re-render
 * themselves in place.
 */
final class FormRenderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final double LABEL_WIDTH = 170;

    private final SchemaForm form;
    private final Map<String, FieldRow> rows = new HashMap<>();
    /** Re-reads after every edit, each for the field at its pointer; dropped with the rows they belong to. */
    private final List<Refresher> refreshers = new ArrayList<>();
    private final List<ConditionalView> conditionalViews = new ArrayList<>();
    private List<FieldError> shownErrors = List.of();
    /** Top-level rows past the first screen, built a batch per pulse so a large form appears at once. */
    private final java.util.ArrayDeque<Runnable> deferred = new java.util.ArrayDeque<>();
    private boolean disposed;
    /**
     * Top-level rows built with the form: about what the provision wizard shows at 1440×900 (a row is 50–70 px).
     * The rest follow a pulse later. 20 cost a 200-property form's first screen 92–107 ms of FX-thread time, 12 cost
     * 59–74 ms (budget 100 ms).
     */
    static final int EAGER_ROWS = 12;
    static final int BATCH_ROWS = 40;

    private record ConditionalView(Conditional conditional, String pointer, Node thenNode, Node elseNode) {
    }

    private record Refresher(String pointer, Runnable action) {
    }

    /** An editor node plus how to re-read its value from the document. */
    private record Editor(Node node, Node focus, Runnable refresh) {
    }

    FormRenderer(SchemaForm form) {
        this.form = form;
    }

    Node render() {
        SchemaFormModel model = form.getModel();
        FormField root = model.root();
        VBox content = new VBox();
        content.getStyleClass().add("sf-content");
        Slot rootSlot = slot("");
        switch (root.kind()) {
            case RAW -> content.getChildren().add(rawBlock(root, rootSlot, true));
            case MAP -> content.getChildren().add(mapEditor(root, rootSlot, id(""), Set.of()));
            case CHOICE -> content.getChildren().add(choiceEditor(root, rootSlot).node());
            default -> {
                if (root.properties().isEmpty() && root.choices().isEmpty() && root.conditionals().isEmpty()
                        && root.additionalValues() == null) {
                    Label none = new Label("This plan takes no parameters.");
                    none.getStyleClass().add("sf-empty");
                    none.setId(id("") + "-empty");
                    content.getChildren().add(none);
                } else {
                    content.getChildren().add(objectBody(root, ""));
                }
            }
        }
        form.publish();
        afterEdit();
        form.setRendering(!deferred.isEmpty());
        if (!deferred.isEmpty()) {
            javafx.application.Platform.runLater(this::drainBatch);
        }
        return content;
    }

    private void drainBatch() {
        if (disposed) {
            return;
        }
        for (int i = 0; i < BATCH_ROWS && !deferred.isEmpty(); i++) {
            deferred.poll().run();
        }
        afterEdit();
        showErrors(shownErrors);
        if (deferred.isEmpty()) {
            form.setRendering(false);
        } else {
            javafx.application.Platform.runLater(this::drainBatch);
        }
    }

    /** Stops building deferred rows (the form was rebuilt). */
    void dispose() {
        disposed = true;
        deferred.clear();
    }

    // ---- errors and focus ----

    void showErrors(List<FieldError> errors) {
        shownErrors = List.copyOf(errors);
        Map<FieldRow, List<String>> byRow = new HashMap<>();
        for (FieldError e : errors) {
            FieldRow row = rowFor(e.pointer());
            if (row != null) {
                byRow.computeIfAbsent(row, r -> new ArrayList<>()).add(e.message());
            }
        }
        for (FieldRow row : new LinkedHashSet<>(rows.values())) {
            List<String> messages = byRow.get(row);
            row.showError(messages == null ? null : String.join("\n", new LinkedHashSet<>(messages)));
        }
    }

    /** The row an error at {@code pointer} shows beside: the field itself or its nearest shown parent. */
    FieldRow rowFor(String pointer) {
        String p = pointer;
        while (true) {
            FieldRow row = rows.get(p);
            if (row != null) {
                return row;
            }
            if (p.isEmpty()) {
                return null;
            }
            p = JsonPointers.parent(p);
        }
    }

    String titleFor(String pointer) {
        FieldRow row = rowFor(pointer);
        return row == null || row.title == null || row.title.isEmpty() ? "Parameters" : row.title;
    }

    void focus(String pointer) {
        FieldRow row = rowFor(pointer);
        if (row != null && row.control != null) {
            row.control.requestFocus();
        }
    }

    // ---- document access ----

    private Slot slot(String pointer) {
        return new Slot() {
            @Override
            public String pointer() {
                return pointer;
            }

            @Override
            public JsonNode get() {
                return JsonPointers.get(form.document(), pointer);
            }

            @Override
            public void set(JsonNode value) {
                if (value == null && JsonPointers.get(form.document(), JsonPointers.parent(pointer)) instanceof ArrayNode) {
                    // an emptied array item stays in place: removing it would shift the items after it
                    // under editors that still point at the old indexes; only the remove button deletes
                    JsonPointers.set(form.document(), pointer, NODES.nullNode());
                } else if (value == null) {
                    JsonPointers.remove(form.document(), pointer);
                } else {
                    JsonPointers.set(form.document(), pointer, value);
                }
                edited(pointer);
            }
        };
    }

    private void edited(String pointer) {
        form.edited(pointer);
        afterEdit();
    }

    private void afterEdit() {
        for (Refresher r : List.copyOf(refreshers)) {
            r.action().run();
        }
        for (ConditionalView v : List.copyOf(conditionalViews)) {
            boolean holds = form.conditions().holds(v.conditional(), JsonPointers.get(form.document(), v.pointer()));
            setShown(v.thenNode(), holds);
            setShown(v.elseNode(), !holds);
        }
    }

    private static void setShown(Node n, boolean shown) {
        if (n != null) {
            n.setVisible(shown);
            n.setManaged(shown);
        }
    }

    private static String id(String pointer) {
        return JsonPointers.toId(SchemaForm.ID_PREFIX, pointer);
    }

    // ---- objects ----

    private VBox objectBody(FormField obj, String pointer) {
        VBox body = new VBox();
        body.getStyleClass().add("sf-object");
        GridPane grid = grid();
        int index = 0;
        for (FormField p : obj.properties()) {
            String childPointer = JsonPointers.append(pointer, p.name());
            if (pointer.isEmpty() && index++ >= EAGER_ROWS) {
                deferred.add(() -> addField(grid, p, childPointer));
            } else {
                addField(grid, p, childPointer);
            }
        }
        if (!obj.properties().isEmpty()) {
            body.getChildren().add(grid);
        }
        int ci = 0;
        for (Choice c : obj.choices()) {
            body.getChildren().add(objectChoice(obj, c, pointer, ci++));
        }
        // one editor per name: a property the object itself has, or that both then and else define, is shown
        // once (always); two editors for one pointer would share an id and one of them would go stale
        Set<String> rendered = new HashSet<>();
        obj.properties().forEach(p -> rendered.add(p.name()));
        for (Conditional c : obj.conditionals()) {
            Set<String> elseNames = new HashSet<>();
            c.elseFields().forEach(f -> elseNames.add(f.name()));
            GridPane both = grid();
            GridPane thenGrid = grid();
            for (FormField f : c.thenFields()) {
                if (rendered.add(f.name())) {
                    addField(elseNames.contains(f.name()) ? both : thenGrid, f, JsonPointers.append(pointer, f.name()));
                }
            }
            GridPane elseGrid = grid();
            for (FormField f : c.elseFields()) {
                if (rendered.add(f.name())) {
                    addField(elseGrid, f, JsonPointers.append(pointer, f.name()));
                }
            }
            thenGrid.getStyleClass().add("sf-conditional");
            elseGrid.getStyleClass().add("sf-conditional");
            if (!both.getChildren().isEmpty()) {
                body.getChildren().add(both);
            }
            body.getChildren().addAll(thenGrid, elseGrid);
            conditionalViews.add(new ConditionalView(c, pointer, thenGrid, elseGrid));
        }
        if (obj.additionalValues() != null && obj.kind() == FieldKind.OBJECT && obj.additionalAllowed()) {
            Set<String> known = new HashSet<>();
            obj.properties().forEach(p -> known.add(p.name()));
            GridPane extra = grid();
            Label label = label("More entries", false, null);
            extra.add(label, 0, 0);
            extra.add(mapEditor(obj, slot(pointer), id(pointer) + "-more", known), 1, 0);
            body.getChildren().add(extra);
        }
        return body;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("sf-grid");
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(LABEL_WIDTH);
        labels.setPrefWidth(LABEL_WIDTH);
        labels.setMaxWidth(LABEL_WIDTH);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        controls.setMinWidth(120);
        grid.getColumnConstraints().addAll(labels, controls);
        return grid;
    }

    private void addField(GridPane grid, FormField f, String pointer) {
        int row = grid.getRowCount();
        Slot slot = slot(pointer);
        String id = id(pointer);
        boolean wide = f.kind() == FieldKind.OBJECT
                || f.kind() == FieldKind.ARRAY && f.items() != null && !f.items().isScalar();
        if (wide) {
            Node group = group(f, slot, id);
            GridPane.setColumnSpan(group, 2);
            grid.add(group, 0, row);
            return;
        }
        Label label = label(f.title(), f.required(), f);
        label.setId(id + "-label");
        Editor editor = editorFor(f, slot, id);
        VBox cell = new VBox();
        cell.getStyleClass().add("sf-cell");
        if (f.defaultValue() != null && !f.readOnly() && f.isScalar() && f.kind() != FieldKind.CONST) {
            HBox line = new HBox(editor.node(), resetButton(f, slot, id, editor));
            line.getStyleClass().add("sf-line");
            line.setAlignment(Pos.CENTER_LEFT);
            HBox.setHgrow(editor.node(), Priority.ALWAYS);
            cell.getChildren().add(line);
        } else {
            cell.getChildren().add(editor.node());
        }
        if (f.description() != null) {
            Label help = new Label(f.description());
            help.getStyleClass().add("sf-help");
            help.setWrapText(true);
            help.setId(id + "-help");
            cell.getChildren().add(help);
        }
        GridPane.setValignment(label, VPos.TOP);
        GridPane.setHgrow(cell, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(cell, 1, row);
        label.setLabelFor(editor.focus());
        rows.put(pointer, new FieldRow(pointer, f.title(), editor.focus(), cell, false, id));
    }

    private Node group(FormField f, Slot slot, String id) {
        VBox content = new VBox();
        content.getStyleClass().add("sf-group-content");
        if (f.description() != null) {
            Label help = new Label(f.description());
            help.getStyleClass().add("sf-help");
            help.setWrapText(true);
            content.getChildren().add(help);
        }
        if (f.kind() == FieldKind.OBJECT) {
            content.getChildren().add(objectBody(f, slot.pointer()));
        } else {
            content.getChildren().add(arrayEditor(f, slot, id));
        }
        TitledPane pane = new TitledPane(f.title() + (f.required() ? " *" : ""), content);
        pane.setMnemonicParsing(false);
        pane.getStyleClass().add("sf-group");
        pane.setId(id + "-group");
        pane.setAnimated(false);
        pane.setExpanded(true);
        pane.setMaxWidth(Double.MAX_VALUE);
        rows.put(slot.pointer(), new FieldRow(slot.pointer(), f.title(), pane, content, true, id));
        return pane;
    }

    private static Label label(String text, boolean required, FormField f) {
        Label label = new Label(text == null || text.isEmpty() ? "Value" : text);
        label.setMnemonicParsing(false);
        label.getStyleClass().add("sf-label");
        label.setWrapText(true);
        label.setMaxWidth(LABEL_WIDTH - 12);
        if (required) {
            label.setText(label.getText() + " *");
            label.getStyleClass().add("sf-required");
        }
        if (f != null && f.sensitive()) {
            FontIcon lock = new FontIcon(Material2AL.LOCK);
            lock.getStyleClass().add("sf-secret-icon");
            label.setGraphic(lock);
            label.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
            lazyTooltip(label, "A secret: it can be stored in a Kubernetes Secret instead of in the instance.");
        }
        return label;
    }

    private Button resetButton(FormField f, Slot slot, String id, Editor editor) {
        // a secret's default is a secret too: never put it in a tooltip or accessible help
        Button reset = iconButton(Material2MZ.RESTORE, f.sensitive() ? "Reset to the default" : "Reset to the default ("
                + (f.defaultValue().isTextual() ? f.defaultValue().asText() : f.defaultValue().toString()) + ")");
        reset.setId(id + "-reset");
        reset.setOnAction(e -> {
            slot.set(f.defaultValue().deepCopy());
            editor.refresh().run();
        });
        Runnable state = () -> reset.setDisable(sameValue(slot.get(), f.defaultValue()));
        refreshers.add(new Refresher(slot.pointer(), state));
        state.run();
        return reset;
    }

    /** Tooltips are made on first hover: a form of hundreds of fields should not build hundreds of popups. */
    private static void lazyTooltip(javafx.scene.control.Control c, String text) {
        c.setAccessibleHelp(text);
        c.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_ENTERED, e -> {
            if (c.getTooltip() == null) {
                c.setTooltip(new Tooltip(text));
            }
        });
    }

    private static Button iconButton(Ikon icon, String tip) {
        Button b = new Button();
        b.setGraphic(new FontIcon(icon));
        b.getStyleClass().add("sf-icon-button");
        lazyTooltip(b, tip);
        b.setFocusTraversable(false);
        return b;
    }

    // ---- editors ----

    private Editor editorFor(FormField f, Slot slot, String id) {
        return switch (f.kind()) {
            case TEXT, TEXTAREA -> textEditor(f, slot, id);
            case PASSWORD -> passwordEditor(f, slot, id);
            case NUMBER, INTEGER -> numberEditor(f, slot, id);
            case BOOLEAN -> booleanEditor(f, slot, id);
            case ENUM -> enumEditor(f, slot, id);
            case CONST -> constEditor(f, slot, id);
            case MULTI_SELECT -> multiSelect(f, slot, id);
            case MAP -> {
                Node n = mapEditor(f, slot, id, Set.of());
                yield new Editor(n, n, () -> { });
            }
            case ARRAY -> {
                Node n = arrayEditor(f, slot, id);
                yield new Editor(n, n, () -> { });
            }
            case CHOICE -> choiceEditor(f, slot);
            case OBJECT -> {
                Node n = objectBody(f, slot.pointer());
                yield new Editor(n, n, () -> { });
            }
            case RAW -> {
                Node n = rawBlock(f, slot, false);
                yield new Editor(n, n, () -> { });
            }
        };
    }

    private Editor textEditor(FormField f, Slot slot, String id) {
        TextInputControl input;
        if (f.kind() == FieldKind.TEXTAREA) {
            TextArea area = new TextArea();
            area.setPrefRowCount(4);
            area.setWrapText(true);
            input = area;
        } else {
            input = new TextField();
        }
        input.setId(id);
        input.getStyleClass().add("sf-input");
        input.setEditable(!f.readOnly());
        if (f.pattern() != null) {
            input.setPromptText(f.format() != null ? f.format() : "");
        } else if (f.format() != null) {
            input.setPromptText(promptFor(f.format()));
        }
        Runnable refresh = twoWay(input.textProperty(), () -> {
            input.setText(text(slot.get()));
        }, b -> {
            slot.set(b.isEmpty() ? null : NODES.textNode(b));
        });
        return new Editor(input, input, refresh);
    }

    /**
     * Keeps an editor's property and its slot in step: {@code load} copies the slot into the editor (now, and on
     * every refresh) without the change being stored back; changes the user makes go to {@code store}.
     */
    private static <T> Runnable twoWay(ObservableValue<T> property, Runnable load, Consumer<T> store) {
        boolean[] updating = {false};
        Runnable refresh = () -> {
            updating[0] = true;
            try {
                load.run();
            } finally {
                updating[0] = false;
            }
        };
        refresh.run();
        property.addListener((o, a, b) -> {
            if (!updating[0]) {
                store.accept(b);
            }
        });
        return refresh;
    }

    private static String promptFor(String format) {
        return switch (format) {
            case "email" -> "name@example.com";
            case "uri" -> "https://example.com";
            case "date" -> "YYYY-MM-DD";
            case "date-time" -> "2024-01-31T13:45:00Z";
            case "hostname" -> "db.example.com";
            case "ipv4" -> "10.0.0.1";
            default -> "";
        };
    }

    private Editor passwordEditor(FormField f, Slot slot, String id) {
        PasswordField masked = new PasswordField();
        masked.setId(id);
        TextField plain = new TextField();
        plain.setId(id + "-plain");
        plain.textProperty().bindBidirectional(masked.textProperty());
        masked.getStyleClass().add("sf-input");
        plain.getStyleClass().add("sf-input");
        masked.setEditable(!f.readOnly());
        plain.setEditable(!f.readOnly());
        ToggleButton reveal = new ToggleButton();
        reveal.setId(id + "-reveal");
        reveal.getStyleClass().add("sf-icon-button");
        reveal.setFocusTraversable(false);
        FontIcon eye = new FontIcon(Material2MZ.VISIBILITY);
        reveal.setGraphic(eye);
        lazyTooltip(reveal, "Show or hide the value");
        reveal.selectedProperty().addListener((o, a, b) -> eye.setIconCode(b ? Material2MZ.VISIBILITY_OFF
                : Material2MZ.VISIBILITY));
        plain.visibleProperty().bind(reveal.selectedProperty());
        masked.visibleProperty().bind(reveal.selectedProperty().not());
        StackPane fields = new StackPane(masked, plain);
        HBox.setHgrow(fields, Priority.ALWAYS);
        HBox box = new HBox(fields, reveal);
        box.getStyleClass().add("sf-password");
        box.setAlignment(Pos.CENTER_LEFT);
        Runnable refresh = twoWay(masked.textProperty(), () -> {
            masked.setText(text(slot.get()));
        }, b -> {
            slot.set(b.isEmpty() ? null : NODES.textNode(b));
        });
        return new Editor(box, masked, refresh);
    }

    private Editor numberEditor(FormField f, Slot slot, String id) {
        TextField input = new TextField();
        input.setId(id);
        input.getStyleClass().addAll("sf-input", "sf-number");
        input.setEditable(!f.readOnly());
        input.setPrefColumnCount(10);
        input.setPromptText(rangeText(f));
        Runnable refresh = twoWay(input.textProperty(), () -> {
            input.setText(text(slot.get()));
        }, b -> {
            slot.set(parseNumber(b.strip(), f));
        });
        Button up = iconButton(Material2AL.KEYBOARD_ARROW_UP, "Increase");
        Button down = iconButton(Material2AL.KEYBOARD_ARROW_DOWN, "Decrease");
        up.setId(id + "-inc");
        down.setId(id + "-dec");
        up.getStyleClass().add("sf-step");
        down.getStyleClass().add("sf-step");
        Runnable inc = () -> step(f, slot, refresh, 1);
        Runnable dec = () -> step(f, slot, refresh, -1);
        up.setOnAction(e -> inc.run());
        down.setOnAction(e -> dec.run());
        up.setDisable(f.readOnly());
        down.setDisable(f.readOnly());
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.UP && !f.readOnly()) {
                inc.run();
                e.consume();
            } else if (e.getCode() == KeyCode.DOWN && !f.readOnly()) {
                dec.run();
                e.consume();
            }
        });
        VBox arrows = new VBox(up, down);
        arrows.getStyleClass().add("sf-steps");
        HBox box = new HBox(input, arrows);
        box.getStyleClass().add("sf-spinner");
        box.setAlignment(Pos.CENTER_LEFT);
        box.setMaxWidth(Region.USE_PREF_SIZE);
        return new Editor(box, input, refresh);
    }

    private static String rangeText(FormField f) {
        if (f.minimum() != null && f.maximum() != null) {
            return f.minimum().toPlainString() + " – " + f.maximum().toPlainString();
        }
        if (f.minimum() != null) {
            return (f.exclusiveMinimum() ? "> " : "≥ ") + f.minimum().toPlainString();
        }
        if (f.maximum() != null) {
            return (f.exclusiveMaximum() ? "< " : "≤ ") + f.maximum().toPlainString();
        }
        return "";
    }

    private void step(FormField f, Slot slot, Runnable refresh, int direction) {
        JsonNode current = slot.get();
        BigDecimal stepBy = f.multipleOf() != null ? f.multipleOf() : BigDecimal.ONE;
        boolean integral = f.kind() == FieldKind.INTEGER;
        BigDecimal next;
        if (current != null && current.isNumber() && integral
                && current.decimalValue().stripTrailingZeros().scale() > 0) {
            // "1.5" in a whole-number field: step to the next whole number in that direction
            next = current.decimalValue().setScale(0, direction > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
        } else if (current != null && current.isNumber()) {
            next = current.decimalValue().add(stepBy.multiply(BigDecimal.valueOf(direction)));
        } else if (f.defaultValue() != null && f.defaultValue().isNumber()) {
            next = f.defaultValue().decimalValue();
        } else if (f.minimum() != null) {
            next = f.exclusiveMinimum() ? f.minimum().add(stepBy) : f.minimum();
        } else {
            next = BigDecimal.ZERO;
        }
        if (f.minimum() != null && (next.compareTo(f.minimum()) < 0
                || f.exclusiveMinimum() && next.compareTo(f.minimum()) == 0)) {
            next = f.exclusiveMinimum() ? justInside(f.minimum(), stepBy, integral, 1) : f.minimum();
        }
        if (f.maximum() != null && (next.compareTo(f.maximum()) > 0
                || f.exclusiveMaximum() && next.compareTo(f.maximum()) == 0)) {
            next = f.exclusiveMaximum() ? justInside(f.maximum(), stepBy, integral, -1) : f.maximum();
        }
        slot.set(numberNode(next, integral));
        refresh.run();
    }

    /** The first value past an exclusive bound, going inward: the next whole number, or one step. */
    private static BigDecimal justInside(BigDecimal bound, BigDecimal stepBy, boolean integral, int inward) {
        if (integral) {
            return inward > 0 ? bound.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE)
                    : bound.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
        }
        return inward > 0 ? bound.add(stepBy) : bound.subtract(stepBy);
    }

    static JsonNode parseNumber(String text, FormField f) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(text);
            return numberNode(d, f.kind() == FieldKind.INTEGER && d.stripTrailingZeros().scale() <= 0);
        } catch (NumberFormatException e) {
            // not a number yet (e.g. "1e" while typing): keep the text so the validator explains it
            return NODES.textNode(text);
        }
    }

    private static JsonNode numberNode(BigDecimal d, boolean integral) {
        if (integral || d.stripTrailingZeros().scale() <= 0) {
            BigInteger i = d.setScale(0, RoundingMode.HALF_UP).toBigInteger();
            return i.bitLength() < 63 ? NODES.numberNode(i.longValue()) : NODES.numberNode(i);
        }
        return NODES.numberNode(d.doubleValue());
    }

    private Editor booleanEditor(FormField f, Slot slot, String id) {
        CheckBox box = new CheckBox();
        box.setMaxWidth(Region.USE_PREF_SIZE);
        box.setId(id);
        box.getStyleClass().add("sf-check");
        box.setDisable(f.readOnly());
        Runnable refresh = twoWay(box.selectedProperty(), () -> {
            JsonNode v = slot.get();
            box.setSelected(v != null && v.asBoolean(false));
        }, b -> {
            slot.set(NODES.booleanNode(b));
        });
        return new Editor(box, box, refresh);
    }

    private Editor enumEditor(FormField f, Slot slot, String id) {
        List<EnumOption> options = f.options();
        boolean radios = options.size() <= 3 && (f.required() || f.defaultValue() != null)
                && options.stream().allMatch(o -> o.label().length() < 24);
        if (radios) {
            ToggleGroup group = new ToggleGroup();
            HBox box = new HBox();
            box.getStyleClass().add("sf-radios");
            box.setId(id);
            List<RadioButton> buttons = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                RadioButton rb = new RadioButton(options.get(i).label());
                rb.setMnemonicParsing(false);
                rb.setId(id + "-" + i);
                rb.setToggleGroup(group);
                rb.setUserData(options.get(i));
                rb.setDisable(f.readOnly());
                buttons.add(rb);
            }
            box.getChildren().addAll(buttons);
            box.setMaxWidth(Region.USE_PREF_SIZE);
            boolean[] updating = {false};
            Runnable refresh = () -> {
                updating[0] = true;
                try {
                    JsonNode v = slot.get();
                    group.selectToggle(null);
                    for (RadioButton rb : buttons) {
                        if (sameValue(((EnumOption) rb.getUserData()).value(), v)) {
                            group.selectToggle(rb);
                        }
                    }
                } finally {
                    updating[0] = false;
                }
            };
            refresh.run();
            group.selectedToggleProperty().addListener((o, a, b) -> {
                if (!updating[0] && b != null) {
                    slot.set(((EnumOption) b.getUserData()).value().deepCopy());
                }
            });
            return new Editor(box, buttons.isEmpty() ? box : buttons.get(0), refresh);
        }
        ComboBox<EnumOption> combo = new ComboBox<>();
        combo.setId(id);
        combo.getStyleClass().add("sf-combo");
        EnumOption none = new EnumOption(null, "—");
        if (!f.required()) {
            combo.getItems().add(none);
        }
        combo.getItems().addAll(options);
        combo.setConverter(new StringConverter<>() {
            @Override
            public String toString(EnumOption o) {
                return o == null ? "" : o.label();
            }

            @Override
            public EnumOption fromString(String s) {
                return combo.getItems().stream().filter(o -> o.label().equals(s)).findFirst().orElse(null);
            }
        });
        combo.setDisable(f.readOnly());
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setPromptText("Choose…");
        Runnable refresh = twoWay(combo.valueProperty(), () -> {
            JsonNode v = slot.get();
            EnumOption match = null;
            for (EnumOption o : options) {
                if (sameValue(o.value(), v)) {
                    match = o;
                }
            }
            combo.getSelectionModel().select(match);
        }, b -> {
            slot.set(b == null || b.value() == null ? null : b.value().deepCopy());
        });
        return new Editor(combo, combo, refresh);
    }

    private Editor constEditor(FormField f, Slot slot, String id) {
        Label value = new Label(f.options().isEmpty() ? "" : f.options().get(0).label());
        value.setId(id);
        value.getStyleClass().add("sf-const");
        value.setMaxWidth(Region.USE_PREF_SIZE);
        JsonNode current = slot.get();
        // a const is the only valid value: write it when required (e.g. a oneOf discriminator) or when a
        // different value is there (after switching branches)
        if (f.constValue() != null && (current == null && f.required() || current != null
                && !sameValue(current, f.constValue()))) {
            JsonPointers.set(form.document(), slot.pointer(), f.constValue().deepCopy());
            if (current == null) {
                form.autoFilled(slot.pointer());
            }
        }
        return new Editor(value, value, () -> { });
    }

    private Editor multiSelect(FormField f, Slot slot, String id) {
        FlowPane pane = new FlowPane();
        pane.setId(id);
        pane.getStyleClass().add("sf-multi");
        List<CheckBox> boxes = new ArrayList<>();
        for (int i = 0; i < f.options().size(); i++) {
            CheckBox cb = new CheckBox(f.options().get(i).label());
            cb.setMnemonicParsing(false);
            cb.setId(id + "-" + i);
            cb.setDisable(f.readOnly());
            boxes.add(cb);
        }
        pane.getChildren().addAll(boxes);
        boolean[] updating = {false};
        Runnable refresh = () -> {
            updating[0] = true;
            try {
                JsonNode v = slot.get();
                for (int i = 0; i < boxes.size(); i++) {
                    boolean sel = false;
                    if (v != null && v.isArray()) {
                        for (JsonNode x : v) {
                            sel |= sameValue(x, f.options().get(i).value());
                        }
                    }
                    boxes.get(i).setSelected(sel);
                }
            } finally {
                updating[0] = false;
            }
        };
        refresh.run();
        for (CheckBox cb : boxes) {
            cb.selectedProperty().addListener((o, a, b) -> {
                if (updating[0]) {
                    return;
                }
                ArrayNode arr = NODES.arrayNode();
                for (int i = 0; i < boxes.size(); i++) {
                    if (boxes.get(i).isSelected()) {
                        arr.add(f.options().get(i).value().deepCopy());
                    }
                }
                slot.set(arr.isEmpty() && !f.required() ? null : arr);
            });
        }
        return new Editor(pane, boxes.isEmpty() ? pane : boxes.get(0), refresh);
    }

    // ---- arrays ----

    private Node arrayEditor(FormField f, Slot slot, String id) {
        VBox box = new VBox();
        box.getStyleClass().add("sf-array");
        VBox items = new VBox();
        items.getStyleClass().add("sf-items");
        items.setId(id + "-items");
        Button add = new Button("Add " + (f.items().title() == null || f.items().title().isEmpty()
                ? "item" : f.items().title().toLowerCase(java.util.Locale.ROOT)));
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("sf-add");
        add.setId(id + "-add");
        add.setDisable(f.readOnly());
        Runnable[] renderItems = new Runnable[1];
        renderItems[0] = () -> {
            forgetRowsUnder(slot.pointer());
            items.getChildren().clear();
            JsonNode v = slot.get();
            int size = v != null && v.isArray() ? v.size() : 0;
            for (int i = 0; i < size; i++) {
                items.getChildren().add(arrayItem(f, slot, i, size, renderItems[0]));
            }
            add.setDisable(f.readOnly() || f.maxItems() != null && size >= f.maxItems());
            showErrors(shownErrors);
        };
        add.setOnAction(e -> {
            JsonNode v = slot.get();
            ArrayNode arr = v != null && v.isArray() ? (ArrayNode) v : NODES.arrayNode();
            arr.add(initialValue(f.items()));
            slot.set(arr);
            renderItems[0].run();
            FieldRow row = rows.get(JsonPointers.append(slot.pointer(), arr.size() - 1));
            if (row != null && row.control != null) {
                row.control.requestFocus();
            }
        });
        renderItems[0].run();
        box.getChildren().addAll(items, add);
        box.setId(id);
        return box;
    }

    private Node arrayItem(FormField f, Slot arraySlot, int index, int size, Runnable rerender) {
        String itemPointer = JsonPointers.append(arraySlot.pointer(), index);
        String itemId = id(itemPointer);
        Slot itemSlot = slot(itemPointer);
        Button up = iconButton(Material2AL.ARROW_UPWARD, "Move up");
        Button down = iconButton(Material2AL.ARROW_DOWNWARD, "Move down");
        Button remove = iconButton(Material2AL.DELETE, "Remove");
        up.setId(itemId + "-up");
        down.setId(itemId + "-down");
        remove.setId(itemId + "-remove");
        up.setDisable(index == 0 || f.readOnly());
        down.setDisable(index == size - 1 || f.readOnly());
        remove.setDisable(f.readOnly());
        up.setOnAction(e -> move(arraySlot, index, index - 1, rerender));
        down.setOnAction(e -> move(arraySlot, index, index + 1, rerender));
        remove.setOnAction(e -> {
            JsonNode v = arraySlot.get();
            if (v instanceof ArrayNode arr && index < arr.size()) {
                arr.remove(index);
                arraySlot.set(arr);
                rerender.run();
            }
        });
        FormField item = f.items();
        if (item.isScalar()) {
            Editor editor = editorFor(item, itemSlot, itemId);
            HBox.setHgrow(editor.node(), Priority.ALWAYS);
            HBox line = new HBox(editor.node(), up, down, remove);
            line.getStyleClass().add("sf-item-line");
            line.setAlignment(Pos.CENTER_LEFT);
            VBox cell = new VBox(line);
            cell.getStyleClass().add("sf-item-scalar");
            rows.put(itemPointer, new FieldRow(itemPointer, f.title() + " " + (index + 1), editor.focus(), cell,
                    false, itemId));
            return cell;
        }
        Label title = new Label((item.title() == null || item.title().isEmpty() ? "Item" : item.title()) + " "
                + (index + 1));
        title.getStyleClass().add("sf-item-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(title, spacer, up, down, remove);
        header.getStyleClass().add("sf-item-header");
        header.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(header);
        card.getStyleClass().add("sf-item");
        card.setId(itemId + "-item");
        if (item.kind() == FieldKind.OBJECT) {
            card.getChildren().add(objectBody(item, itemPointer));
        } else {
            card.getChildren().add(editorFor(item, itemSlot, itemId).node());
        }
        rows.put(itemPointer, new FieldRow(itemPointer, title.getText(), card, card, false, itemId));
        return card;
    }

    private void move(Slot arraySlot, int from, int to, Runnable rerender) {
        JsonNode v = arraySlot.get();
        if (v instanceof ArrayNode arr && from >= 0 && to >= 0 && from < arr.size() && to < arr.size()) {
            JsonNode a = arr.get(from);
            arr.set(from, arr.get(to));
            arr.set(to, a);
            arraySlot.set(arr);
            rerender.run();
        }
    }

    /** Drops rows, refreshers and conditional views below a pointer whose nodes are being replaced. */
    private void forgetRowsUnder(String pointer) {
        String prefix = pointer + "/";
        rows.keySet().removeIf(p -> p.startsWith(prefix));
        refreshers.removeIf(r -> r.pointer().startsWith(prefix));
        conditionalViews.removeIf(v -> v.pointer().startsWith(prefix));
    }

    /** Drops a field's row and everything below it. */
    private void forgetField(String pointer) {
        rows.remove(pointer);
        refreshers.removeIf(r -> r.pointer().equals(pointer));
        conditionalViews.removeIf(v -> v.pointer().equals(pointer));
        forgetRowsUnder(pointer);
    }

    /** How many refreshers and conditional views are live (for tests: it must not grow with re-renders). */
    int trackedCount() {
        return refreshers.size() + conditionalViews.size();
    }

    private static JsonNode initialValue(FormField item) {
        if (item.defaultValue() != null) {
            return item.defaultValue().deepCopy();
        }
        if (item.constValue() != null) {
            return item.constValue().deepCopy();
        }
        return switch (item.kind()) {
            case OBJECT, MAP -> NODES.objectNode();
            case ARRAY, MULTI_SELECT -> NODES.arrayNode();
            case BOOLEAN -> NODES.booleanNode(false);
            case ENUM -> item.options().isEmpty() ? NODES.nullNode() : item.options().get(0).value().deepCopy();
            case NUMBER, INTEGER -> item.minimum() != null ? NODES.numberNode(item.minimum()) : NODES.numberNode(0);
            case RAW -> NODES.objectNode();
            default -> NODES.textNode("");
        };
    }

    // ---- maps ----

    private Node mapEditor(FormField f, Slot slot, String id, Set<String> excluded) {
        VBox box = new VBox();
        box.getStyleClass().add("sf-map");
        box.setId(id);
        VBox entries = new VBox();
        entries.getStyleClass().add("sf-items");
        Button add = new Button("Add entry");
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.getStyleClass().add("sf-add");
        add.setId(id + "-add");
        add.setDisable(f.readOnly());
        FormField valueField = f.additionalValues();
        Runnable[] render = new Runnable[1];
        render[0] = () -> {
            entries.getChildren().clear();
            JsonNode v = slot.get();
            List<String> keys = new ArrayList<>();
            if (v != null && v.isObject()) {
                v.fieldNames().forEachRemaining(k -> {
                    if (!excluded.contains(k)) {
                        keys.add(k);
                    }
                });
            }
            for (int i = 0; i < keys.size(); i++) {
                entries.getChildren().add(mapEntry(valueField, slot, keys.get(i), id, i, render[0]));
            }
        };
        add.setOnAction(e -> {
            JsonNode v = slot.get();
            ObjectNode obj = v instanceof ObjectNode o ? o : NODES.objectNode();
            int n = obj.size() + 1;
            while (obj.has("key" + n)) {
                n++;
            }
            obj.set("key" + n, valueField == null ? NODES.textNode("") : initialValue(valueField));
            slot.set(obj);
            render[0].run();
        });
        render[0].run();
        box.getChildren().addAll(entries, add);
        return box;
    }

    private Node mapEntry(FormField valueField, Slot mapSlot, String initialKey, String id, int index,
            Runnable rerender) {
        String[] key = {initialKey};
        TextField keyField = new TextField(initialKey);
        keyField.setId(id + "-key-" + index);
        keyField.getStyleClass().addAll("sf-input", "sf-map-key");
        keyField.setPromptText("key");
        keyField.setPrefColumnCount(10);
        Slot valueSlot = new Slot() {
            @Override
            public String pointer() {
                return JsonPointers.append(mapSlot.pointer(), key[0]);
            }

            @Override
            public JsonNode get() {
                JsonNode m = mapSlot.get();
                return m == null ? null : m.get(key[0]);
            }

            @Override
            public void set(JsonNode value) {
                JsonNode m = mapSlot.get();
                ObjectNode obj = m instanceof ObjectNode o ? o : NODES.objectNode();
                obj.set(key[0], value != null ? value : valueField == null || valueField.kind() == FieldKind.TEXT
                        || valueField.kind() == FieldKind.TEXTAREA || valueField.kind() == FieldKind.PASSWORD
                        ? NODES.textNode("") : NODES.nullNode());
                if (m == null) {
                    JsonPointers.set(form.document(), mapSlot.pointer(), obj);
                }
                edited(pointer());
            }
        };
        keyField.textProperty().addListener((o, a, b) -> {
            JsonNode m = mapSlot.get();
            if (!(m instanceof ObjectNode obj)) {
                return;
            }
            boolean ok = !b.isEmpty() && (b.equals(key[0]) || !obj.has(b));
            keyField.pseudoClassStateChanged(FieldRow.INVALID, !ok);
            if (!ok || b.equals(key[0])) {
                return;
            }
            ObjectNode renamed = NODES.objectNode();
            obj.fields().forEachRemaining(e -> renamed.set(e.getKey().equals(key[0]) ? b : e.getKey(), e.getValue()));
            key[0] = b;
            obj.removeAll();
            obj.setAll(renamed);
            edited(mapSlot.pointer());
        });
        Node valueNode;
        String valueId = id + "-value-" + index;
        if (valueField != null && valueField.isScalar()) {
            valueNode = editorFor(valueField, valueSlot, valueId).node();
        } else {
            FormField rawField = valueField;
            valueNode = rawEditor(rawField, valueSlot, valueId, false);
        }
        HBox.setHgrow(valueNode, Priority.ALWAYS);
        Button remove = iconButton(Material2AL.DELETE, "Remove");
        remove.setId(id + "-remove-" + index);
        remove.setOnAction(e -> {
            JsonNode m = mapSlot.get();
            if (m instanceof ObjectNode obj) {
                obj.remove(key[0]);
                edited(mapSlot.pointer());
                rerender.run();
            }
        });
        Label eq = new Label("=");
        eq.getStyleClass().add("sf-map-eq");
        HBox line = new HBox(keyField, eq, valueNode, remove);
        line.getStyleClass().add("sf-item-line");
        line.setAlignment(Pos.CENTER_LEFT);
        return line;
    }

    // ---- choices ----

    private Editor choiceEditor(FormField f, Slot slot) {
        Choice choice = f.choices().get(0);
        String id = id(slot.pointer()) + "-choice";
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.getStyleClass().add("sf-combo");
        choice.branches().forEach(b -> combo.getItems().add(b.title()));
        VBox container = new VBox();
        container.getStyleClass().add("sf-branch");
        VBox box = new VBox(combo, container);
        box.getStyleClass().add("sf-choice");
        Runnable renderBranch = () -> {
            container.getChildren().clear();
            forgetRowsUnder(slot.pointer());
            conditionalViews.removeIf(v -> v.pointer().equals(slot.pointer()));
            int i = combo.getSelectionModel().getSelectedIndex();
            if (i >= 0) {
                FormField b = choice.branches().get(i);
                Node n = b.kind() == FieldKind.OBJECT ? objectBody(b, slot.pointer())
                        : editorFor(b, slot, id(slot.pointer())).node();
                container.getChildren().add(n);
            }
        };
        combo.getSelectionModel().select(branchFor(choice, slot.get()));
        renderBranch.run();
        combo.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            JsonNode current = slot.get();
            if (current instanceof ObjectNode obj && b.intValue() >= 0
                    && choice.branches().get(b.intValue()).kind() == FieldKind.OBJECT) {
                // keep what the new branch also has (shared keys); drop only what belonged to the old one
                Set<String> keep = new HashSet<>();
                choice.branches().get(b.intValue()).properties().forEach(p -> keep.add(p.name()));
                if (a.intValue() >= 0) {
                    choice.branches().get(a.intValue()).properties().stream().map(FormField::name)
                            .filter(n -> !keep.contains(n)).forEach(obj::remove);
                }
                edited(slot.pointer());
            } else {
                slot.set(null);
            }
            renderBranch.run();
            form.publish();
            showErrors(shownErrors);
        });
        return new Editor(box, combo, () -> { });
    }

    private Node objectChoice(FormField owner, Choice choice, String pointer, int index) {
        GridPane head = grid();
        String id = id(pointer) + "-choice" + index;
        ComboBox<String> combo = new ComboBox<>();
        combo.setId(id);
        combo.getStyleClass().add("sf-combo");
        combo.setMaxWidth(Double.MAX_VALUE);
        choice.branches().forEach(b -> combo.getItems().add(b.title()));
        Label label = label(choice.exclusive() ? "Option" : "Options", true, null);
        head.add(label, 0, 0);
        head.add(combo, 1, 0);
        VBox container = new VBox();
        container.getStyleClass().add("sf-branch");
        VBox box = new VBox(head, container);
        box.getStyleClass().add("sf-choice");
        int[] shownBranch = {-1};
        Runnable renderBranch = () -> {
            container.getChildren().clear();
            if (shownBranch[0] >= 0) {
                Set<String> own = new HashSet<>();
                owner.properties().forEach(p -> own.add(p.name()));
                choice.branches().get(shownBranch[0]).properties().stream().filter(p -> !own.contains(p.name()))
                        .forEach(p -> forgetField(JsonPointers.append(pointer, p.name())));
            }
            int i = combo.getSelectionModel().getSelectedIndex();
            shownBranch[0] = i;
            if (i >= 0) {
                FormField b = choice.branches().get(i);
                GridPane g = grid();
                for (FormField p : b.properties()) {
                    addField(g, p, JsonPointers.append(pointer, p.name()));
                }
                container.getChildren().add(g);
            }
        };
        combo.getSelectionModel().select(branchFor(choice, JsonPointers.get(form.document(), pointer)));
        renderBranch.run();
        combo.getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            Set<String> keep = new HashSet<>();
            owner.properties().forEach(p -> keep.add(p.name()));
            if (b.intValue() >= 0) {
                choice.branches().get(b.intValue()).properties().forEach(p -> keep.add(p.name()));
            }
            JsonNode obj = JsonPointers.get(form.document(), pointer);
            if (a.intValue() >= 0 && obj instanceof ObjectNode current) {
                for (FormField p : choice.branches().get(a.intValue()).properties()) {
                    if (!keep.contains(p.name())) {
                        current.remove(p.name());
                        rows.remove(JsonPointers.append(pointer, p.name()));
                    }
                }
            }
            renderBranch.run();
            edited(pointer);
            showErrors(shownErrors);
        });
        return box;
    }

    /** The branch that fits a value best: matching consts first, then shared keys, then JSON type. */
    static int branchFor(Choice choice, JsonNode value) {
        int best = 0;
        int bestScore = Integer.MIN_VALUE;
        for (int i = 0; i < choice.branches().size(); i++) {
            FormField b = choice.branches().get(i);
            int score = 0;
            if (value != null && value.isObject() && b.kind() == FieldKind.OBJECT) {
                for (FormField p : b.properties()) {
                    JsonNode v = value.get(p.name());
                    if (v == null) {
                        score -= p.required() ? 2 : 0;
                    } else if (p.constValue() != null) {
                        score += sameValue(p.constValue(), v) ? 100 : -100;
                    } else {
                        score += 3;
                    }
                }
            } else if (value != null && b.type() != null) {
                String t = value.isTextual() ? "string" : value.isIntegralNumber() ? "integer"
                        : value.isNumber() ? "number" : value.isBoolean() ? "boolean"
                        : value.isArray() ? "array" : value.isObject() ? "object" : "null";
                score += t.equals(b.type()) || "integer".equals(t) && "number".equals(b.type()) ? 10 : -10;
            }
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        return best;
    }

    // ---- raw ----

    private Node rawBlock(FormField f, Slot slot, boolean whole) {
        return rawEditor(f, slot, id(slot.pointer()), whole);
    }

    private Node rawEditor(FormField f, Slot slot, String id, boolean whole) {
        VBox box = new VBox();
        box.getStyleClass().add("sf-raw");
        if (f != null && f.note() != null) {
            Label note = new Label(f.note());
            note.setGraphic(new FontIcon(Material2MZ.WARNING));
            note.getStyleClass().add("sf-note");
            note.setWrapText(true);
            note.setId(id + "-note");
            box.getChildren().add(note);
        }
        JsonNode v = slot.get();
        CodeEditor editor = new CodeEditor(EditorLanguage.JSON,
                v == null ? (whole ? "{ }" : "") : ParameterText.write(v, ViewMode.JSON));
        editor.setId(id);
        editor.getStyleClass().add("sf-raw-editor");
        editor.setPrefHeight(whole ? 260 : 110);
        editor.setMinHeight(whole ? 160 : 70);
        editor.setEditable(f == null || !f.readOnly());
        editor.textProperty().addListener((o, a, b) -> {
            ParameterText.Parsed parsed = whole ? ParameterText.parseParameters(b, ViewMode.JSON)
                    : b.isBlank() ? new ParameterText.Parsed(null, 0, null) : ParameterText.parse(b, ViewMode.JSON);
            if (parsed.ok()) {
                editor.getMarks().clear();
                form.rawSyntax(slot.pointer(), null);
                if (whole) {
                    ObjectNode doc = form.document();
                    doc.removeAll();
                    doc.setAll((ObjectNode) parsed.value());
                    edited("");
                } else {
                    slot.set(parsed.value());
                }
            } else {
                editor.getMarks().setAll(new EditorMark(parsed.line(), parsed.error()));
                form.rawSyntax(slot.pointer(), parsed.error());
            }
        });
        box.getChildren().add(editor);
        return box;
    }

    // ---- helpers ----

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return "";
        }
        return v.isTextual() ? v.asText() : v.toString();
    }

    static boolean sameValue(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }
}
