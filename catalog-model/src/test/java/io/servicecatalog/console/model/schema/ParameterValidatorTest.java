package io.servicecatalog.console.model.schema;

import static io.servicecatalog.console.model.schema.Schemas.json;
import static io.servicecatalog.console.model.schema.Schemas.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ParameterValidatorTest {

    private final ParameterValidator database = ParameterValidator.forSchema(Schemas.resource("database.json"));

    private static List<FieldError> errors(ParameterValidator v, String value) {
        return v.validate(json(value));
    }

    @Test
    @DisplayName("a complete, correct database request has no errors")
    void validDatabase() {
        assertThat(errors(database, "{'version':'16','storageGb':20,'adminPassword':'correct horse battery',"
                + "'maintenanceWindow':'sun:02:00-sun:03:00','backup':{'retentionDays':7},"
                + "'allowedCidrs':['10.0.0.0/16'],'contactEmail':'dba@example.com'}")).isEmpty();
    }

    @Test
    @DisplayName("a missing required field is reported at that field's pointer in plain words")
    void required() {
        List<FieldError> errors = errors(database, "{'version':'16','storageGb':20}");
        assertThat(errors).containsExactly(new FieldError("/adminPassword", "required", "This field is required."));
    }

    @Test
    @DisplayName("bounds, step, length and pattern messages name the limit and sit on the field")
    void constraints() {
        List<FieldError> errors = errors(database, "{'version':'16','storageGb':5,'adminPassword':'short',"
                + "'maintenanceWindow':'sunday','backup':{'retentionDays':40}}");
        assertThat(errors).extracting(FieldError::pointer, FieldError::message).contains(
                org.assertj.core.groups.Tuple.tuple("/storageGb", "Enter 10 or more."),
                org.assertj.core.groups.Tuple.tuple("/adminPassword", "Enter at least 12 characters."),
                org.assertj.core.groups.Tuple.tuple("/backup/retentionDays", "Enter 35 or less."));
        assertThat(errors).filteredOn(e -> e.pointer().equals("/maintenanceWindow")).singleElement()
                .satisfies(e -> assertThat(e.message()).contains("must match the pattern ^(mon|tue"));
        assertThat(errors(database, "{'version':'16','storageGb':25,'adminPassword':'long enough pw'}"))
                .extracting(FieldError::message).containsExactly("Enter a multiple of 10.");
    }

    @ParameterizedTest(name = "format {0}: ''{1}'' is rejected with an example")
    @CsvSource({
        "email, not-an-email, name@example.com",
        "uri, not a uri, https://example.com",
        "date, 31/01/2024, YYYY-MM-DD",
        "date-time, yesterday, 2024-01-31T13:45:00Z",
        "hostname, -bad-host-, db.example.com",
        "ipv4, 300.1.2.3, 10.0.0.1"
    })
    void formats(String format, String bad, String hint) {
        ParameterValidator v = ParameterValidator.forSchema(json(
                "{'$schema':'http://json-schema.org/draft-07/schema#','properties':{'f':{'type':'string','format':'"
                        + format + "'}}}"));
        List<FieldError> errors = v.validate(Schemas.JSON.createObjectNode().put("f", bad));
        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.pointer()).isEqualTo("/f");
            assertThat(e.message()).contains(hint);
        });
    }

    @Test
    @DisplayName("format checks apply under draft-04 (no $schema) and 2020-12 too")
    void formatsAcrossDrafts() {
        for (String schema : List.of("{'properties':{'f':{'type':'string','format':'email'}}}",
                "{'$schema':'https://json-schema.org/draft/2020-12/schema','properties':{'f':{'type':'string','format':'email'}}}",
                "{'$schema':'https://json-schema.org/draft/2019-09/schema','properties':{'f':{'type':'string','format':'email'}}}")) {
            assertThat(ParameterValidator.forSchema(json(schema)).validate(json("{'f':'nope'}"))).hasSize(1);
        }
    }

    @Test
    @DisplayName("format: password and textarea are not format errors")
    void customFormatsAreAccepted() {
        ParameterValidator v = ParameterValidator.forSchema(json(
                "{'properties':{'p':{'type':'string','format':'password'},'t':{'type':'string','format':'textarea'}}}"));
        assertThat(v.problem()).isNull();
        assertThat(v.validate(json("{'p':'x','t':'y'}"))).isEmpty();
    }

    @Test
    @DisplayName("draft-04 and draft-06 $schema values (Kubeapps #1082) compile and validate")
    void draftsFromTheWild() {
        ParameterValidator aws = ParameterValidator.forSchema(Schemas.resource("aws-draft06.json"));
        assertThat(aws.problem()).isNull();
        assertThat(aws.draft()).isEqualTo(SchemaDraft.DRAFT_6);
        assertThat(aws.validate(json("{'DBInstanceClass':'db.t2.micro','AllocatedStorage':6145}")))
                .extracting(FieldError::message).containsExactly("Enter a number less than 6145.");
        assertThat(aws.validate(json("{'DBInstanceClass':'db.x','BackupRetentionPeriod':0}")))
                .extracting(FieldError::pointer, FieldError::message).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/DBInstanceClass",
                                "Choose one of: db.t2.micro, db.t2.small, db.m4.large."),
                        org.assertj.core.groups.Tuple.tuple("/BackupRetentionPeriod", "Enter a number greater than 0."));
        ParameterValidator old = ParameterValidator.forSchema(Schemas.resource("refs-oneof.json"));
        assertThat(old.draft()).isEqualTo(SchemaDraft.DRAFT_4);
        assertThat(old.validate(json("{'exclusiveOld':0}"))).extracting(FieldError::message)
                .containsExactly("Enter a number greater than 0.");
    }

    @Test
    @DisplayName("types: text in a number field says to enter a number")
    void types() {
        assertThat(errors(database, "{'version':'16','storageGb':'lots','adminPassword':'long enough pw'}"))
                .extracting(FieldError::pointer, FieldError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/storageGb", "Enter a whole number."));
    }

    @Test
    @DisplayName("array rules: unique items and max items are reported on the list")
    void arrays() {
        assertThat(errors(database, "{'version':'16','storageGb':20,'adminPassword':'long enough pw',"
                + "'extensions':['postgis','postgis']}")).extracting(FieldError::pointer, FieldError::keyword)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/extensions", "uniqueItems"));
    }

    @Test
    @DisplayName("additionalProperties false points at the unknown key")
    void additionalProperties() {
        ParameterValidator v = ParameterValidator.forSchema(json(
                "{'type':'object','properties':{'a':{'type':'string'}},'additionalProperties':false}"));
        assertThat(v.validate(json("{'a':'x','b':1}"))).singleElement()
                .isEqualTo(new FieldError("/b", "additionalProperties",
                        "'b' is not a parameter this service accepts; remove it."));
    }

    @Test
    @DisplayName("a remote $ref is never fetched and accepts anything; internal refs validate")
    void refs() {
        ParameterValidator v = ParameterValidator.forSchema(Schemas.resource("refs-oneof.json"));
        assertThat(v.problem()).isNull();
        assertThat(v.validate(json("{'remote':{'anything':true},'size':'huge'}")))
                .extracting(FieldError::pointer).containsExactly("/size");
    }

    @Test
    @DisplayName("a schema the validator cannot compile gives a problem note, and never blocks with errors")
    void malformedSchema() {
        ParameterValidator v = ParameterValidator.forSchema(json("{'type':'object','properties':{'a':{'type':12}}}"));
        List<FieldError> errors = v.validate(json("{'a':'x'}"));
        assertThat(errors).isEmpty();
        JsonNode nullSchema = null;
        assertThat(ParameterValidator.forSchema(nullSchema).validate(json("{}"))).isEmpty();
    }

    @Test
    @DisplayName("a value matching no oneOf/anyOf branch gets one message naming the allowed forms, not each branch's complaint")
    void combinatorMessages() {
        ParameterValidator v = ParameterValidator.forSchema(json("{'$schema':'http://json-schema.org/draft-07/schema#',"
                + "'properties':{'size':{'oneOf':[{'type':'string'},{'type':'integer'}]},"
                + "'plan':{'anyOf':[{'title':'Small','type':'string','enum':['s']},{'type':'integer','minimum':10}]}}}"));
        assertThat(v.validate(json("{'size':true,'plan':3}"))).containsExactly(
                new FieldError("/size", "oneOf", "Choose one of the allowed forms (text, a whole number); the value must"
                        + " match exactly one of them."),
                new FieldError("/plan", "anyOf", "Choose one of the allowed forms (Small, a whole number); the value must"
                        + " match at least one of them."));
        assertThat(v.validate(json("{'size':'x','plan':12}"))).isEmpty();
    }

    @Test
    @DisplayName("every message of the bundle goes through MessageFormat, so a doubled apostrophe shows as one")
    void apostrophes() {
        assertThat(ValidationMessages.get("required")).isEqualTo("This field is required.");
        java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("io.servicecatalog.console.model.schema.messages");
        for (String key : bundle.keySet()) {
            assertThat(bundle.getString(key).replace("''", "")).as(key).doesNotContain("'");
        }
    }

    @Test
    @DisplayName("cached() reuses the validator of an equal schema and keeps only the most recent ones")
    void cachedValidators() {
        JsonNode schema = json("{'properties':{'n':{'type':'integer','minimum':3}}}");
        ParameterValidator first = ParameterValidator.cached(schema);
        assertThat(ParameterValidator.cached(json("{'properties':{'n':{'type':'integer','minimum':3}}}"))).isSameAs(first);
        assertThat(first.validate(json("{'n':1}"))).extracting(FieldError::pointer).containsExactly("/n");
        for (int i = 0; i < ParameterValidator.CACHE_SIZE; i++) {
            ParameterValidator.cached(json("{'properties':{'n':{'type':'integer','minimum':" + (100 + i) + "}}}"));
        }
        assertThat(ParameterValidator.cached(schema)).isNotSameAs(first);
    }
}
