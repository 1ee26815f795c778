package io.servicecatalog.console.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.SpecificationVersion;
import java.util.Locale;

/**
 * The JSON Schema draft a broker's schema declares with {@code $schema}. An absent or unrecognised value
 * means draft-04, the version the OSB spec requires platforms to support.
 */
public enum SchemaDraft {
    DRAFT_4(SpecificationVersion.DRAFT_4),
    DRAFT_6(SpecificationVersion.DRAFT_6),
    DRAFT_7(SpecificationVersion.DRAFT_7),
    DRAFT_2019_09(SpecificationVersion.DRAFT_2019_09),
    DRAFT_2020_12(SpecificationVersion.DRAFT_2020_12);

    private final SpecificationVersion version;

    SchemaDraft(SpecificationVersion version) {
        this.version = version;
    }

    /** The networknt specification version used to validate against this draft. */
    public SpecificationVersion specificationVersion() {
        return version;
    }

    /** The canonical {@code $schema} URI of this draft. */
    public String dialectId() {
        return version.getDialectId();
    }

    /** Reads {@code $schema} leniently (http or https, with or without '#', trailing slashes). */
    public static SchemaDraft of(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return DRAFT_4;
        }
        JsonNode declared = schema.get("$schema");
        if (declared == null || !declared.isTextual()) {
            return DRAFT_4;
        }
        String s = declared.asText().toLowerCase(Locale.ROOT);
        if (s.contains("2020-12")) {
            return DRAFT_2020_12;
        }
        if (s.contains("2019-09")) {
            return DRAFT_2019_09;
        }
        if (s.contains("draft-07")) {
            return DRAFT_7;
        }
        if (s.contains("draft-06")) {
            return DRAFT_6;
        }
        return DRAFT_4;
    }
}
