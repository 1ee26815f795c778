package io.servicecatalog.console.model.schema;

import static io.servicecatalog.console.model.schema.Schemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaFormModelTest {

    private final SchemaFormModel db = SchemaFormModel.build(Schemas.resource("database.json"));

    private static FormField field(String schemaJson) {
        return SchemaFormModel.build(json("{'type':'object','properties':{'f':" + schemaJson + "}}")).find("/f");
    }

    @Nested
    class Strings {
        @Test
        @DisplayName("a string is a text field with its constraints; title falls back to the humanised name")
        void text() {
            FormField f = db.find("/maintenanceWindow");
            assertThat(f.kind()).isEqualTo(FieldKind.TEXT);
            assertThat(f.title()).isEqualTo("Maintenance window");
            assertThat(f.pattern()).startsWith("^(mon|tue");
            assertThat(f.description()).startsWith("Weekly window");
        }

        @Test
        @DisplayName("long maxLength or format textarea gives a text area")
        void textarea() {
            assertThat(field("{'type':'string','maxLength':1000}").kind()).isEqualTo(FieldKind.TEXTAREA);
            assertThat(field("{'type':'string','format':'textarea'}").kind()).isEqualTo(FieldKind.TEXTAREA);
            assertThat(field("{'type':'string','maxLength':40}").kind()).isEqualTo(FieldKind.TEXT);
        }

        @Test
        @DisplayName("format password is a masked, sensitive field")
        void password() {
            FormField f = db.find("/adminPassword");
            assertThat(f.kind()).isEqualTo(FieldKind.PASSWORD);
            assertThat(f.sensitive()).isTrue();
            assertThat(f.required()).isTrue();
            assertThat(f.minLength()).isEqualTo(12);
        }

        @Test
        @DisplayName("formats are kept for the checks")
        void formats() {
            assertThat(db.find("/contactEmail").format()).isEqualTo("email");
        }
    }

    @Nested
    class Numbers {
        @Test
        @DisplayName("integer bounds and multipleOf are read")
        void integer() {
            FormField f = db.find("/storageGb");
            assertThat(f.kind()).isEqualTo(FieldKind.INTEGER);
            assertThat(f.minimum()).isEqualByComparingTo("10");
            assertThat(f.maximum()).isEqualByComparingTo("1000");
            assertThat(f.multipleOf()).isEqualByComparingTo("10");
            assertThat(f.defaultValue().intValue()).isEqualTo(20);
        }

        @Test
        @DisplayName("draft-06 numeric exclusive bounds and draft-04 boolean ones both become exclusive bounds")
        void exclusive() {
            SchemaFormModel aws = SchemaFormModel.build(Schemas.resource("aws-draft06.json"));
            FormField storage = aws.find("/AllocatedStorage");
            assertThat(storage.maximum()).isEqualByComparingTo("6145");
            assertThat(storage.exclusiveMaximum()).isTrue();
            assertThat(aws.find("/BackupRetentionPeriod").kind()).isEqualTo(FieldKind.NUMBER);
            assertThat(aws.find("/BackupRetentionPeriod").exclusiveMinimum()).isTrue();
            FormField old = SchemaFormModel.build(Schemas.resource("refs-oneof.json")).find("/exclusiveOld");
            assertThat(old.minimum()).isEqualByComparingTo(BigDecimal.ZERO);
            assertThat(old.exclusiveMinimum()).isTrue();
        }
    }

    @Test
    @DisplayName("boolean is a check box with its default")
    void booleans() {
        FormField f = db.find("/highAvailability");
        assertThat(f.kind()).isEqualTo(FieldKind.BOOLEAN);
        assertThat(f.defaultValue().booleanValue()).isFalse();
    }

    @Test
    @DisplayName("enum with enumNames gives labelled options")
    void enumNames() {
        FormField f = db.find("/version");
        assertThat(f.kind()).isEqualTo(FieldKind.ENUM);
        assertThat(f.options()).extracting(EnumOption::label).containsExactly("PostgreSQL 16", "PostgreSQL 15",
                "PostgreSQL 14", "PostgreSQL 13");
        assertThat(f.options().get(0).value().asText()).isEqualTo("16");
    }

    @Test
    @DisplayName("oneOf of const+title branches is an enum labelled by the titles")
    void oneOfConst() {
        FormField f = SchemaFormModel.build(Schemas.resource("refs-oneof.json")).find("/tier");
        assertThat(f.kind()).isEqualTo(FieldKind.ENUM);
        assertThat(f.options()).extracting(EnumOption::label).containsExactly("Gold tier", "Silver tier");
        assertThat(f.type()).isEqualTo("string");
    }

    @Test
    @DisplayName("const is a fixed value; readOnly is kept")
    void constAndReadOnly() {
        FormField c = field("{'const':'v1'}");
        assertThat(c.kind()).isEqualTo(FieldKind.CONST);
        assertThat(c.constValue().asText()).isEqualTo("v1");
        assertThat(field("{'type':'string','readOnly':true}").readOnly()).isTrue();
    }

    @Test
    @DisplayName("nested objects keep their properties in schema order; $ref siblings override the title")
    void nested() {
        FormField backup = db.find("/backup");
        assertThat(backup.kind()).isEqualTo(FieldKind.OBJECT);
        assertThat(backup.properties()).extracting(FormField::name).containsExactly("enabled", "retentionDays",
                "window");
        FormField window = db.find("/backup/window");
        assertThat(window.title()).isEqualTo("Backup window start");
        assertThat(window.pattern()).isEqualTo("^[0-2][0-9]:[0-5][0-9]$");
        assertThat(window.defaultValue().asText()).isEqualTo("02:00");
    }

    @Test
    @DisplayName("top-level order is the broker's order as written")
    void order() {
        assertThat(db.root().properties()).extracting(FormField::name).containsExactly("version", "storageGb",
                "highAvailability", "maintenanceWindow", "adminPassword", "contactEmail", "backup", "allowedCidrs",
                "extensions", "labels");
    }

    @Test
    @DisplayName("openshift_form_definition order comes first, the rest follow in schema order")
    void formDefinitionOrder() {
        JsonNode metadata = json("{'schemas':{'service_instance':{'create':{'openshift_form_definition':"
                + "['adminPassword',{'key':'version'},{'type':'fieldset','items':['backup.enabled']}]}}}}");
        JsonNode def = FormDefinitions.find(metadata, "service_instance.create");
        SchemaFormModel m = SchemaFormModel.build(Schemas.resource("database.json"),
                SchemaFormModel.Options.defaults().withFormDefinition(def));
        assertThat(m.root().properties()).extracting(FormField::name).startsWith("adminPassword", "version",
                "backup", "storageGb");
        assertThat(m.root().properties()).hasSize(10);
    }

    @Test
    @DisplayName("additionalProperties with a schema and no properties is a key/value map")
    void map() {
        FormField labels = db.find("/labels");
        assertThat(labels.kind()).isEqualTo(FieldKind.MAP);
        assertThat(labels.additionalValues().kind()).isEqualTo(FieldKind.TEXT);
    }

    @Test
    @DisplayName("arrays of scalars and of objects carry item fields and limits; unique enum arrays are multi-selects")
    void arrays() {
        FormField cidrs = db.find("/allowedCidrs");
        assertThat(cidrs.kind()).isEqualTo(FieldKind.ARRAY);
        assertThat(cidrs.maxItems()).isEqualTo(10);
        assertThat(cidrs.items().kind()).isEqualTo(FieldKind.TEXT);
        assertThat(cidrs.items().pointer()).isEqualTo("/allowedCidrs/-");
        FormField ext = db.find("/extensions");
        assertThat(ext.kind()).isEqualTo(FieldKind.MULTI_SELECT);
        assertThat(ext.options()).extracting(EnumOption::label).contains("postgis", "hstore");
        FormField replicas = SchemaFormModel.build(Schemas.resource("refs-oneof.json")).find("/replicas");
        assertThat(replicas.minItems()).isEqualTo(1);
        assertThat(replicas.items().kind()).isEqualTo(FieldKind.OBJECT);
        assertThat(replicas.items().properties()).extracting(FormField::name, FormField::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("zone", true),
                        org.assertj.core.groups.Tuple.tuple("weight", false));
    }

    @Test
    @DisplayName("oneOf of objects becomes a selector of titled branches with their own fields")
    void oneOfObjects() {
        FormField storage = SchemaFormModel.build(Schemas.resource("refs-oneof.json")).find("/storage");
        assertThat(storage.kind()).isEqualTo(FieldKind.OBJECT);
        assertThat(storage.choices()).singleElement().satisfies(c -> {
            assertThat(c.exclusive()).isTrue();
            assertThat(c.branches()).extracting(FormField::title).containsExactly("Local disk", "S3 bucket");
            assertThat(c.branches().get(1).properties()).extracting(FormField::name)
                    .containsExactly("kind", "bucket", "region");
            assertThat(c.branches().get(1).properties().get(0).kind()).isEqualTo(FieldKind.CONST);
        });
    }

    @Test
    @DisplayName("a oneOf between scalar types is a choice of typed branches")
    void scalarChoice() {
        FormField f = field("{'oneOf':[{'type':'string','title':'Name'},{'type':'integer','title':'Number'}]}");
        assertThat(f.kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(f.choices().get(0).branches()).extracting(FormField::kind)
                .containsExactly(FieldKind.TEXT, FieldKind.INTEGER);
    }

    @Test
    @DisplayName("allOf is merged: properties and required add up")
    void allOf() {
        FormField root = SchemaFormModel.build(json("{'definitions':{'base':{'properties':{'a':{'type':'string'}},"
                + "'required':['a']}},'allOf':[{'$ref':'#/definitions/base'},{'properties':{'b':{'type':'integer'}},"
                + "'required':['b']}]}")).root();
        assertThat(root.kind()).isEqualTo(FieldKind.OBJECT);
        assertThat(root.properties()).extracting(FormField::name, FormField::required).containsExactly(
                org.assertj.core.groups.Tuple.tuple("a", true), org.assertj.core.groups.Tuple.tuple("b", true));
    }

    @Test
    @DisplayName("nested $ref chains resolve; $defs work; a recursive $ref stops with a raw editor and a note")
    void refs() {
        SchemaFormModel m = SchemaFormModel.build(Schemas.resource("refs-oneof.json"));
        assertThat(m.find("/size").kind()).isEqualTo(FieldKind.ENUM);
        assertThat(m.find("/size").title()).isEqualTo("Size");
        FormField tree = m.find("/tree");
        assertThat(tree.kind()).isEqualTo(FieldKind.OBJECT);
        FormField children = m.find("/tree/children");
        assertThat(children.kind()).isEqualTo(FieldKind.ARRAY);
        assertThat(children.items().kind()).isEqualTo(FieldKind.RAW);
        assertThat(children.items().note()).contains("refers to itself");
        FormField defs = SchemaFormModel.build(json("{'$schema':'https://json-schema.org/draft/2020-12/schema',"
                + "'$defs':{'n':{'type':'integer'}},'properties':{'x':{'$ref':'#/$defs/n'}}}")).find("/x");
        assertThat(defs.kind()).isEqualTo(FieldKind.INTEGER);
    }

    @Test
    @DisplayName("a remote $ref falls back to raw JSON for that subtree only, with a visible note")
    void remoteRef() {
        SchemaFormModel m = SchemaFormModel.build(Schemas.resource("refs-oneof.json"));
        assertThat(m.find("/remote").kind()).isEqualTo(FieldKind.RAW);
        assertThat(m.find("/remote").note()).contains("remote schema", "http://example.com/schemas/remote.json");
        assertThat(m.notes()).anySatisfy(n -> assertThat(n).startsWith("'/remote'"));
        assertThat(m.isRaw()).isFalse();
    }

    @Test
    @DisplayName("dependencies and if/then/else give conditionally shown fields")
    void conditionals() {
        FormField root = SchemaFormModel.build(json("{'type':'object','properties':{'tls':{'type':'boolean'},"
                + "'mode':{'enum':['basic','advanced']}},"
                + "'dependencies':{'tls':{'properties':{'cert':{'type':'string','format':'textarea'}}}},"
                + "'if':{'properties':{'mode':{'const':'advanced'}}},'then':{'properties':{'tuning':{'type':'integer'}}},"
                + "'else':{'properties':{'preset':{'type':'string'}}}}")).root();
        assertThat(root.conditionals()).hasSize(2);
        Conditional dep = root.conditionals().get(0);
        assertThat(dep.trigger()).isEqualTo("tls");
        assertThat(dep.thenFields()).extracting(FormField::pointer).containsExactly("/cert");
        Conditional ifThen = root.conditionals().get(1);
        assertThat(ifThen.ifSchema()).isNotNull();
        assertThat(ifThen.thenFields()).extracting(FormField::name).containsExactly("tuning");
        assertThat(ifThen.elseFields()).extracting(FormField::name).containsExactly("preset");
    }

    static Stream<Arguments> unrenderable() {
        return Stream.of(
                Arguments.of("malformed JSON type", "{'type':'object','properties':{'f':{'type':42}}}", "/f"),
                Arguments.of("unknown structural keyword", "{'properties':{'f':{'type':'object','frobnicate':{'a':1}}}}", "/f"),
                Arguments.of("patternProperties", "{'properties':{'f':{'type':'object','patternProperties':{'^x':{}}}}}", "/f"),
                Arguments.of("tuple items", "{'properties':{'f':{'type':'array','items':[{'type':'string'}]}}}", "/f"),
                Arguments.of("several types", "{'properties':{'f':{'type':['string','integer']}}}", "/f"),
                Arguments.of("missing $ref target", "{'properties':{'f':{'$ref':'#/definitions/none'}}}", "/f"),
                Arguments.of("free-form object", "{'properties':{'f':{'type':'object'}}}", "/f"),
                Arguments.of("schema is not an object", "{'properties':{'f':[1,2]}}", "/f"));
    }

    @ParameterizedTest(name = "{0} → raw editor with a note for that subtree")
    @MethodSource("unrenderable")
    void rawFallbacks(String what, String schema, String pointer) {
        SchemaFormModel m = SchemaFormModel.build(json(schema));
        assertThat(m.isRaw()).isFalse();
        FormField f = m.find(pointer);
        assertThat(f.kind()).isEqualTo(FieldKind.RAW);
        assertThat(f.note()).isNotBlank();
    }

    @Test
    @DisplayName("unknown scalar annotations and vendor extensions are ignored, not fatal")
    void annotationsIgnored() {
        FormField f = field("{'type':'string','x-widget':{'kind':'fancy'},'placeholder':'e.g. foo'}");
        assertThat(f.kind()).isEqualTo(FieldKind.TEXT);
    }

    @Test
    @DisplayName("null, non-object, oversized and scalar-root schemas give a raw root with a note, never an exception")
    void wholeSchemaFallbacks() {
        assertThat(SchemaFormModel.build(null).isRaw()).isTrue();
        assertThat(SchemaFormModel.build(json("[1]")).root().note()).contains("not a JSON object");
        assertThat(SchemaFormModel.build(json("{'type':'string'}")).root().note()).contains("must be a JSON object");
        StringBuilder big = new StringBuilder("{'type':'object','properties':{");
        for (int i = 0; i < 2000; i++) {
            big.append(i == 0 ? "" : ",").append("'p").append(i).append("':{'type':'string','description':'")
                    .append("x".repeat(30)).append("'}");
        }
        SchemaFormModel huge = SchemaFormModel.build(json(big.append("}}").toString()));
        assertThat(huge.isRaw()).isTrue();
        assertThat(huge.root().note()).contains("64 kB");
    }

    @Test
    @DisplayName("sensitive paths: password format and secret-like names, not lookalikes")
    void sensitive() {
        SchemaFormModel m = SchemaFormModel.build(json("{'properties':{'apiKey':{'type':'string'},"
                + "'keyName':{'type':'string'},'db_password':{'type':'string'},'authToken':{'type':'string'},"
                + "'clientSecret':{'type':'string'},'pin':{'type':'string','format':'password'},'monkey':{'type':'string'},"
                + "'creds':{'type':'array','items':{'type':'object','properties':{'token':{'type':'string'}}}}}}"));
        assertThat(m.sensitivePaths()).containsExactly("/apiKey", "/db_password", "/authToken", "/clientSecret",
                "/pin", "/creds/-/token");
        assertThat(m.isSensitive("/creds/3/token")).isTrue();
        assertThat(m.isSensitive("/keyName")).isFalse();
    }

    @Test
    @DisplayName("defaults prefill a new form, nested ones included")
    void defaults() {
        assertThat(db.defaults()).isEqualTo(json("{'version':'16','storageGb':20,'highAvailability':false,"
                + "'backup':{'enabled':true,'retentionDays':7,'window':'02:00'}}"));
    }

    @Test
    @DisplayName("the real brokers' schemas (ups-broker, test-broker, plan fixtures) build into forms")
    void realBrokers() {
        JsonNode catalog = Schemas.sharedFile("reference/brokers/ups-broker-catalog.json");
        int built = 0;
        for (JsonNode service : catalog.path("services")) {
            for (JsonNode plan : service.path("plans")) {
                for (JsonNode schema : List.of(plan.at("/schemas/service_instance/create/parameters"),
                        plan.at("/schemas/service_instance/update/parameters"),
                        plan.at("/schemas/service_binding/create/parameters"))) {
                    if (schema.isMissingNode()) {
                        continue;
                    }
                    SchemaFormModel m = SchemaFormModel.build(schema);
                    assertThat(m.draft()).isEqualTo(SchemaDraft.DRAFT_4);
                    assertThat(m.root().properties()).extracting(FormField::name).containsExactly("param-1", "param-2");
                    assertThat(m.find("/param-1").title()).isEqualTo("Param 1");
                    assertThat(m.find("/param-1").description()).isEqualTo("First input parameter");
                    built++;
                }
            }
        }
        JsonNode plan = Schemas.sharedFile("reference/fixtures/clusterserviceplan-test-service-with-schemas-default.json");
        for (String key : List.of("instanceCreateParameterSchema", "instanceUpdateParameterSchema",
                "serviceBindingCreateParameterSchema")) {
            assertThat(SchemaFormModel.build(plan.path("spec").path(key)).root().properties()).hasSize(2);
            built++;
        }
        assertThat(built).isGreaterThanOrEqualTo(6);
    }

    @Test
    @DisplayName("names are humanised for labels")
    void humanise() {
        assertThat(Names.humanise("maintenanceWindow")).isEqualTo("Maintenance window");
        assertThat(Names.humanise("param-1")).isEqualTo("Param 1");
        assertThat(Names.humanise("allowedCIDRs")).isEqualTo("Allowed CIDRs");
        assertThat(Names.humanise("backup_retention_days")).isEqualTo("Backup retention days");
        assertThat(Names.humanise("DBInstanceClass")).isEqualTo("DB instance class");
    }

    @Test
    @DisplayName("$schema is read leniently; absent means draft-04")
    void drafts() {
        assertThat(SchemaDraft.of(json("{}"))).isEqualTo(SchemaDraft.DRAFT_4);
        assertThat(SchemaDraft.of(json("{'$schema':'http://json-schema.org/draft-06/schema'}"))).isEqualTo(SchemaDraft.DRAFT_6);
        assertThat(SchemaDraft.of(json("{'$schema':'https://json-schema.org/draft-07/schema#'}"))).isEqualTo(SchemaDraft.DRAFT_7);
        assertThat(SchemaDraft.of(json("{'$schema':'https://json-schema.org/draft/2019-09/schema'}"))).isEqualTo(SchemaDraft.DRAFT_2019_09);
        assertThat(SchemaDraft.of(json("{'$schema':'https://json-schema.org/draft/2020-12/schema'}"))).isEqualTo(SchemaDraft.DRAFT_2020_12);
    }

    @Test
    @DisplayName("JSON pointers escape tokens and become CSS-safe ids")
    void pointers() {
        assertThat(JsonPointers.append("/a", "b/c~d")).isEqualTo("/a/b~1c~0d");
        assertThat(JsonPointers.tokens("/a/b~1c~0d")).containsExactly("a", "b/c~d");
        assertThat(JsonPointers.toId("sf", "/backup/retention-days")).isEqualTo("sf-backup-retention_2d_days");
        assertThat(java.util.stream.Stream.of("/a-b", "/a_b", "/a.b", "/a/b", "/a_2d_b", "/a__b", "/a b", "/aé")
                .map(p -> JsonPointers.toId("sf", p))).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[A-Za-z0-9_-]+"));
        assertThat(JsonPointers.toId("sf", "")).isEqualTo("sf-root");
        com.fasterxml.jackson.databind.node.ObjectNode doc = Schemas.obj("{}");
        JsonPointers.set(doc, "/a/list/0/name", Schemas.JSON.getNodeFactory().textNode("x"));
        assertThat(doc).isEqualTo(json("{'a':{'list':[{'name':'x'}]}}"));
        JsonPointers.remove(doc, "/a/list/0");
        assertThat(doc).isEqualTo(json("{'a':{'list':[]}}"));
    }

    @Test
    @DisplayName("an anchor $ref makes only its field raw; '+' and ~1 in a $ref fragment are read as written")
    void refFragility() {
        SchemaFormModel m = SchemaFormModel.build(json("{'properties':{'a':{'$ref':'#node'},"
                + "'b':{'$ref':'#/definitions/a+b'},'c':{'$ref':'#/definitions/x~1y'},'d':{'$ref':'#/definitions/p%25q'},"
                + "'e':{'$ref':'#/definitions/bad~2'},'f':{'type':'string'}},"
                + "'definitions':{'a+b':{'type':'integer'},'x/y':{'type':'boolean'},'p%q':{'type':'number'},"
                + "'n':{'$anchor':'node','type':'string'}}}"));
        assertThat(m.isRaw()).isFalse();
        assertThat(m.find("/a").kind()).isEqualTo(FieldKind.RAW);
        assertThat(m.find("/a").note()).contains("'#node'", "anchor");
        assertThat(m.find("/b").kind()).isEqualTo(FieldKind.INTEGER);
        assertThat(m.find("/c").kind()).isEqualTo(FieldKind.BOOLEAN);
        assertThat(m.find("/d").kind()).isEqualTo(FieldKind.NUMBER);
        assertThat(m.find("/e").kind()).isEqualTo(FieldKind.RAW);
        assertThat(m.find("/f").kind()).isEqualTo(FieldKind.TEXT);
        assertThat(SchemaMapper.percentDecode("%C3%A9+%2")).isEqualTo("é+%2");
    }

    @Test
    @DisplayName("minimum with a numeric exclusiveMinimum (and maximum alike) keeps the stricter bound")
    void stricterBounds() {
        SchemaFormModel m = SchemaFormModel.build(json("{'$schema':'http://json-schema.org/draft-07/schema#',"
                + "'properties':{'a':{'type':'integer','minimum':5,'exclusiveMinimum':3,'maximum':7,'exclusiveMaximum':9},"
                + "'b':{'type':'integer','minimum':3,'exclusiveMinimum':5,'maximum':9,'exclusiveMaximum':7},"
                + "'c':{'type':'integer','minimum':5,'exclusiveMinimum':5}}}"));
        FormField a = m.find("/a");
        assertThat(a.minimum()).isEqualByComparingTo("5");
        assertThat(a.exclusiveMinimum()).isFalse();
        assertThat(a.maximum()).isEqualByComparingTo("7");
        assertThat(a.exclusiveMaximum()).isFalse();
        FormField b = m.find("/b");
        assertThat(b.minimum()).isEqualByComparingTo("5");
        assertThat(b.exclusiveMinimum()).isTrue();
        assertThat(b.maximum()).isEqualByComparingTo("7");
        assertThat(b.exclusiveMaximum()).isTrue();
        assertThat(m.find("/c").exclusiveMinimum()).isTrue();
    }
}
