package io.servicecatalog.console.ui.schemaform;

import com.fasterxml.jackson.databind.JsonNode;

/** Where one editor reads and writes its value in the form's document. */
interface Slot {

    /** The JSON pointer of the value (used for ids, errors and touch tracking). */
    String pointer();

    /** The current value, or null when absent. */
    JsonNode get();

    /** Writes a value; null removes it. */
    void set(JsonNode value);
}
