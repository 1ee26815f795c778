package io.servicecatalog.console.ui.schemaform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.servicecatalog.console.model.schema.ConditionEvaluator;
import io.servicecatalog.console.model.schema.FieldError;
import io.servicecatalog.console.model.schema.JsonPointers;
import io.servicecatalog.console.model.schema.ParameterValidator;
import io.servicecatalog.console.model.schema.ParameterValues;
import io.servicecatalog.console.model.schema.SchemaFormModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A form generated from a broker's parameter JSON Schema. Set {@link #schemaProperty()}; read the
 * parameters from {@link #valueProperty()} (exactly the JSON a user would write: empty optional fields
 * omitted, numbers as numbers, keys the form does not show kept). Validation runs as the user types;
 * {@link #validProperty()} is false only while real errors exist ({@link #getErrors()}). A Form ⇄ JSON/YAML
 * toggle edits the same value as text. In update mode, {@link #changedValues()} gives only what changed.
 */
public class SchemaForm extends Control {

    /** Style class of the control. */
    public static final String STYLE_CLASS = "schema-form";
    /** Prefix of every generated control id; the rest is derived from the value's JSON pointer. */
    public static final String ID_PREFIX = "sf";

    private final ObjectProperty<JsonNode> schema = new SimpleObjectProperty<>(this, "schema");
    private final ObjectProperty<SchemaFormModel.Options> options =
            new SimpleObjectProperty<>(this, "options", SchemaFormModel.Options.defaults());
    private final ReadOnlyObjectWrapper<SchemaFormModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private final ObjectProperty<ObjectNode> value = new SimpleObjectProperty<>(this, "value");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ObservableList<FieldError> errors = FXCollections.observableArrayList();
    private final ObservableList<FieldError> visibleErrors = FXCollections.observableArrayList();
    private final ObservableList<String> sensitivePaths = FXCollections.observableArrayList();
    // Held once: unmodifiable wrappers listen weakly, so a wrapper made per call could be collected.
    private final ObservableList<FieldError> errorsView = FXCollections.unmodifiableObservableList(errors);
    private final ObservableList<FieldError> visibleErrorsView =
            FXCollections.unmodifiableObservableList(visibleErrors);
    private final ObservableList<String> sensitivePathsView = FXCollections.unmodifiableObservableList(sensitivePaths);
    private final BooleanProperty updateMode = new SimpleBooleanProperty(this, "updateMode", false);
    private final ObjectProperty<ObjectNode> originalValue = new SimpleObjectProperty<>(this, "originalValue");
    private final ReadOnlyObjectWrapper<ViewMode> viewMode = new ReadOnlyObjectWrapper<>(this, "viewMode",
            ViewMode.FORM);
    private final BooleanProperty revealAllErrors = new SimpleBooleanProperty(this, "revealAllErrors", false);
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering", false);
    private final IntegerProperty rebuildCount = new SimpleIntegerProperty(this, "rebuildCount", 0);

    private ObjectNode document = JsonNodeFactory.instance.objectNode();
    private ParameterValidator validator = ParameterValidator.forSchema(null);
    private ConditionEvaluator conditions = new ConditionEvaluator();
    private final Set<String> touched = new HashSet<>();
    /** How long typing pauses before the value is validated. */
    public static final javafx.util.Duration VALIDATION_DELAY = javafx.util.Duration.millis(150);
    private final javafx.animation.PauseTransition validationPause = new javafx.animation.PauseTransition(VALIDATION_DELAY);
    private boolean validationPending;
    /** Pointers of consts the renderer wrote because they were missing (not user changes). */
    private final Set<String> autoFilled = new HashSet<>();
    private final Map<String, String> rawSyntaxErrors = new LinkedHashMap<>();
    private ParameterText.Parsed textProblem;
    private boolean internalValueChange;

    /** An empty form; set a schema to fill it. */
    public SchemaForm() {
        getStyleClass().add(STYLE_CLASS);
        model.set(SchemaFormModel.build(null, options.get()));
        schema.addListener((o, a, b) -> rebuildModel());
        options.addListener((o, a, b) -> rebuildModel());
        value.addListener((o, a, b) -> {
            if (!internalValueChange) {
                document = b == null ? JsonNodeFactory.instance.objectNode() : b.deepCopy();
                rawSyntaxErrors.clear();
                touched.clear();
                autoFilled.clear();
                publish();
                requestRebuild();
            }
        });
        revealAllErrors.addListener((o, a, b) -> revalidate());
        validationPause.setOnFinished(e -> flushValidation());
        rebuildModel();
    }

    /** A form for a schema. */
    public SchemaForm(JsonNode schema) {
        this();
        setSchema(schema);
    }

    // ---- public API ----

    /** The broker's parameter schema (any JSON; null gives a raw JSON editor). */
    public final ObjectProperty<JsonNode> schemaProperty() {
        return schema;
    }

    public final JsonNode getSchema() {
        return schema.get();
    }

    public final void setSchema(JsonNode value) {
        schema.set(value);
    }

    /** Build options (property order from {@code openshift_form_definition}, limits). */
    public final ObjectProperty<SchemaFormModel.Options> optionsProperty() {
        return options;
    }

    /** The form model built from the schema. */
    public final ReadOnlyObjectProperty<SchemaFormModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    public final SchemaFormModel getModel() {
        return model.get();
    }

    /**
     * The parameters as JSON. Setting it (e.g. to prefill) replaces everything the form shows; the form
     * updates it on every edit.
     */
    public final ObjectProperty<ObjectNode> valueProperty() {
        return value;
    }

    public final ObjectNode getValue() {
        return value.get();
    }

    public final void setValue(ObjectNode v) {
        value.set(v);
    }

    /** False while there are real errors (schema violations, unparsable JSON/YAML). */
    public final ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** Whether the value is valid now (checks a pending keystroke first). */
    public final boolean isValid() {
        flushValidation();
        return valid.get();
    }

    /** Every current problem (read-only list), also those not yet shown because the field is untouched. */
    public final ObservableList<FieldError> getErrors() {
        flushValidation();
        return errorsView;
    }

    /** The problems shown beside fields and in the summary (read-only list). */
    public final ObservableList<FieldError> getVisibleErrors() {
        flushValidation();
        return visibleErrorsView;
    }

    /**
     * Validates now if typing left a check pending. Typing is validated {@link #VALIDATION_DELAY} after the last
     * keystroke (so a large schema is not checked per key); {@link #isValid()}, {@link #getErrors()} and
     * {@link #getVisibleErrors()} flush first, so callers never read a stale answer.
     */
    public final void flushValidation() {
        if (validationPending) {
            validationPending = false;
            validationPause.stop();
            revalidate();
        }
    }

    /** JSON pointers of secret values ({@code -} for array indexes), for a parameters Secret. */
    public final ObservableList<String> getSensitivePaths() {
        return sensitivePathsView;
    }

    /** Update mode: the form starts from {@link #originalValueProperty()} and defaults are not prefilled. */
    public final BooleanProperty updateModeProperty() {
        return updateMode;
    }

    public final boolean isUpdateMode() {
        return updateMode.get();
    }

    public final void setUpdateMode(boolean v) {
        updateMode.set(v);
    }

    /** The parameters an update starts from (the instance's current parameters). */
    public final ObjectProperty<ObjectNode> originalValueProperty() {
        return originalValue;
    }

    public final ObjectNode getOriginalValue() {
        return originalValue.get();
    }

    /** Starts an update: remembers {@code original} and prefills the form with it. */
    public final void setOriginalValue(ObjectNode original) {
        ObjectNode copy = original == null ? JsonNodeFactory.instance.objectNode() : original.deepCopy();
        originalValue.set(copy);
        setValue(copy.deepCopy());
    }

    /**
     * The top-level parameters that differ from the original, for showing the user what an update changes.
     * Do not store this in {@code spec.parameters}: the controller sends all of {@code spec.parameters} to the
     * broker, so a partial map would drop every unchanged key. {@code spec.parameters} gets the full
     * {@link #getValue()}.
     */
    public final ObjectNode changedValues() {
        ObjectNode changed = ParameterValues.changed(originalValue.get(), getValue());
        if (autoFilled.isEmpty() || changed.isEmpty()) {
            return changed;
        }
        // consts the form wrote on display are not the user's changes: compare without them
        ObjectNode withoutConsts = getValue().deepCopy();
        autoFilled.forEach(p -> JsonPointers.remove(withoutConsts, p));
        ObjectNode original = originalValue.get();
        List<String> keys = new ArrayList<>();
        changed.fieldNames().forEachRemaining(keys::add);
        for (String k : keys) {
            JsonNode before = original == null ? null : original.get(k);
            JsonNode after = withoutConsts.get(k);
            if (after == null && before == null
                    || before != null && after != null && ParameterValues.numericEquals(before, after)) {
                changed.remove(k);
            }
        }
        return changed;
    }

    /** Which view is shown. Change it with {@link #switchTo(ViewMode)}. */
    public final ReadOnlyObjectProperty<ViewMode> viewModeProperty() {
        return viewMode.getReadOnlyProperty();
    }

    public final ViewMode getViewMode() {
        return viewMode.get();
    }

    /**
     * Switches between the form and the JSON/YAML text. Refused (returns false) while the text does not
     * parse, so nothing typed is lost.
     */
    public final boolean switchTo(ViewMode mode) {
        if (mode == viewMode.get()) {
            return true;
        }
        if (viewMode.get() != ViewMode.FORM && textProblem != null) {
            return false;
        }
        textProblem = null;
        viewMode.set(mode);
        if (mode == ViewMode.FORM) {
            requestRebuild();
        }
        revalidate();
        return true;
    }

    /**
     * True while the fields of a large form are still being added (the first screen is built at once, the
     * rest a batch per pulse so the window never freezes).
     */
    public final ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    public final boolean isRendering() {
        return rendering.get();
    }

    void setRendering(boolean value) {
        rendering.set(value);
    }

    /** Shows every problem, untouched required fields included (call when the user tries to submit). */
    public final void revealErrors() {
        revealAllErrors.set(true);
    }

    /** Whether every problem is shown, untouched required fields included. */
    public final BooleanProperty revealAllErrorsProperty() {
        return revealAllErrors;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new SchemaFormSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return SchemaForm.class.getResource("schema-form.css").toExternalForm();
    }

    // ---- package API for the skin and renderer ----

    ObjectNode document() {
        return document;
    }

    ConditionEvaluator conditions() {
        return conditions;
    }

    IntegerProperty rebuildCountProperty() {
        return rebuildCount;
    }

    ParameterText.Parsed textProblem() {
        return textProblem;
    }

    /** The renderer filled in a missing const at {@code pointer} (not a change the user made). */
    void autoFilled(String pointer) {
        autoFilled.add(pointer);
    }

    /** A user edit at {@code pointer}: marks it touched, republishes the value and validates after a pause. */
    void edited(String pointer) {
        touched.add(pointer);
        setValueInternally();
        validationPending = true;
        validationPause.playFromStart();
    }

    /** Publishes the document without marking anything touched (render-time writes such as consts). */
    void publish() {
        setValueInternally();
        revalidate();
    }

    private void setValueInternally() {
        ObjectNode out = ParameterValues.output(model.get(), document, conditions);
        internalValueChange = true;
        try {
            value.set(out);
        } finally {
            internalValueChange = false;
        }
    }

    void rawSyntax(String pointer, String message) {
        if (message == null) {
            rawSyntaxErrors.remove(pointer);
        } else {
            rawSyntaxErrors.put(pointer, message);
        }
        revalidate();
    }

    /** What the JSON/YAML view shows in place of a secret value (the real value is kept). */
    static final String MASK = "\u2022\u2022\u2022\u2022\u2022\u2022";

    /** The value as the JSON/YAML view shows it: every sensitive value replaced by {@link #MASK}. */
    ObjectNode maskedValue() {
        ObjectNode copy = getValue() == null ? JsonNodeFactory.instance.objectNode() : getValue().deepCopy();
        mask(copy, "", false);
        return copy;
    }

    private void mask(JsonNode node, String pointer, boolean secret) {
        if (node instanceof ObjectNode obj) {
            List<String> keys = new ArrayList<>();
            obj.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String p = JsonPointers.append(pointer, k);
                JsonNode v = obj.get(k);
                boolean s = secret || model.get().isSensitive(p);
                if (s && v.isValueNode() && !v.isNull()) {
                    obj.put(k, MASK);
                } else {
                    mask(v, p, s);
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                String p = JsonPointers.append(pointer, i);
                boolean s = secret || model.get().isSensitive(p);
                if (s && arr.get(i).isValueNode() && !arr.get(i).isNull()) {
                    arr.set(i, JsonNodeFactory.instance.textNode(MASK));
                } else {
                    mask(arr.get(i), p, s);
                }
            }
        }
    }

    /** Puts the real values back where the text still holds {@link #MASK} (the user did not change them). */
    private void unmask(JsonNode node, String pointer) {
        if (node instanceof ObjectNode obj) {
            List<String> keys = new ArrayList<>();
            obj.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) {
                String p = JsonPointers.append(pointer, k);
                JsonNode v = obj.get(k);
                JsonNode real = JsonPointers.get(document, p);
                if (v.isTextual() && MASK.equals(v.asText()) && real != null) {
                    obj.set(k, real.deepCopy());
                } else {
                    unmask(v, p);
                }
            }
        } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode arr) {
            for (int i = 0; i < arr.size(); i++) {
                String p = JsonPointers.append(pointer, i);
                JsonNode real = JsonPointers.get(document, p);
                if (arr.get(i).isTextual() && MASK.equals(arr.get(i).asText()) && real != null) {
                    arr.set(i, real.deepCopy());
                } else {
                    unmask(arr.get(i), p);
                }
            }
        }
    }

    /** The JSON/YAML view's text changed: parse it into the value, or record the syntax problem. */
    void textEdited(String text) {
        ParameterText.Parsed parsed = ParameterText.parseParameters(text, viewMode.get());
        if (parsed.ok()) {
            textProblem = null;
            ObjectNode edited = ((ObjectNode) parsed.value()).deepCopy();
            unmask(edited, "");
            document = edited;
            publish();
        } else {
            textProblem = parsed;
            revalidate();
        }
    }

    private void rebuildModel() {
        SchemaFormModel m = SchemaFormModel.build(schema.get(), options.get());
        validator = ParameterValidator.cached(schema.get());
        conditions = new ConditionEvaluator();
        model.set(m);
        sensitivePaths.setAll(m.sensitivePaths());
        touched.clear();
        autoFilled.clear();
        rawSyntaxErrors.clear();
        ObjectNode current = value.get();
        if (!updateMode.get() && (current == null || current.isEmpty())) {
            document = m.defaults();
        } else {
            document = current == null ? JsonNodeFactory.instance.objectNode() : current.deepCopy();
        }
        publish();
        requestRebuild();
    }

    private void requestRebuild() {
        rebuildCount.set(rebuildCount.get() + 1);
    }

    private void revalidate() {
        validationPending = false;
        validationPause.stop();
        List<FieldError> all = new ArrayList<>();
        if (textProblem != null && viewMode.get() != ViewMode.FORM) {
            all.add(new FieldError("", "syntax", textProblem.error()));
        }
        rawSyntaxErrors.forEach((p, m) -> all.add(new FieldError(p, "syntax", m)));
        all.addAll(validator.validate(value.get() == null ? JsonNodeFactory.instance.objectNode() : value.get()));
        errors.setAll(all);
        valid.set(all.isEmpty());
        List<FieldError> shown = new ArrayList<>();
        for (FieldError e : all) {
            if (!"required".equals(e.keyword()) || revealAllErrors.get() || touched.contains(e.pointer())
                    || viewMode.get() != ViewMode.FORM) {
                shown.add(e);
            }
        }
        if (!shown.equals(visibleErrors)) {
            visibleErrors.setAll(shown);
        }
    }
}
