package io.servicecatalog.console.model.schema;

import static io.servicecatalog.console.model.schema.Schemas.json;
import static io.servicecatalog.console.model.schema.Schemas.obj;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParameterValuesTest {

    private final SchemaFormModel db = SchemaFormModel.build(Schemas.resource("database.json"));

    @Test
    @DisplayName("empty optional fields are omitted; numbers stay numbers; unknown keys are kept")
    void output() {
        assertThat(ParameterValues.output(db, obj("{'version':'16','storageGb':20,'maintenanceWindow':'',"
                + "'backup':{'window':''},'allowedCidrs':[],'labels':{},'contactEmail':null,'custom':{'x':''}}")))
                .isEqualTo(json("{'version':'16','storageGb':20,'custom':{'x':''}}"));
    }

    @Test
    @DisplayName("known keys come out in the schema's order, unknown keys after them in their own order")
    void order() {
        var out = ParameterValues.output(db, obj("{'zeta':1,'backup':{'window':'01:00','enabled':true},"
                + "'storageGb':20,'version':'16','alpha':2}"));
        assertThat(out.toString()).isEqualTo(
                "{\"version\":\"16\",\"storageGb\":20,\"backup\":{\"enabled\":true,\"window\":\"01:00\"},"
                        + "\"zeta\":1,\"alpha\":2}");
    }

    @Test
    @DisplayName("a required field keeps its empty string so the validator can say it is required")
    void requiredEmptyKept() {
        assertThat(ParameterValues.output(db, obj("{'adminPassword':''}"))).isEqualTo(json("{'adminPassword':''}"));
    }

    @Test
    @DisplayName("empty fields of array items of objects are pruned too")
    void arrayItems() {
        SchemaFormModel m = SchemaFormModel.build(Schemas.resource("refs-oneof.json"));
        assertThat(ParameterValues.output(m, obj("{'replicas':[{'zone':'a','weight':null}]}")))
                .isEqualTo(json("{'replicas':[{'zone':'a'}]}"));
    }

    @Test
    @DisplayName("update mode reports only changed top-level parameters, comparing numbers by value")
    void changed() {
        var original = obj("{'version':'15','storageGb':20,'backup':{'enabled':true},'labels':{'a':'b'}}");
        var current = obj("{'version':'16','storageGb':20.0,'backup':{'enabled':true},'labels':{'a':'c'},'new':1}");
        assertThat(ParameterValues.changed(original, current))
                .isEqualTo(json("{'version':'16','labels':{'a':'c'},'new':1}"));
        assertThat(ParameterValues.removedKeys(original, obj("{'version':'15'}")))
                .containsExactly("storageGb", "backup", "labels");
        assertThat(ParameterValues.changed(original, original.deepCopy())).isEmpty();
    }

    @Test
    @DisplayName("conditions: a dependency holds while its trigger is filled; if/then follows the if schema")
    void conditions() {
        SchemaFormModel m = SchemaFormModel.build(json("{'$schema':'http://json-schema.org/draft-07/schema#','type':'object','properties':{'tls':{'type':'boolean'},"
                + "'mode':{'enum':['basic','advanced']}},"
                + "'dependencies':{'tls':{'properties':{'cert':{'type':'string'}}}},"
                + "'if':{'properties':{'mode':{'const':'advanced'}},'required':['mode']},"
                + "'then':{'properties':{'tuning':{'type':'integer'}}}}"));
        ConditionEvaluator eval = new ConditionEvaluator();
        Conditional dep = m.root().conditionals().get(0);
        Conditional ifThen = m.root().conditionals().get(1);
        assertThat(eval.holds(dep, obj("{}"))).isFalse();
        assertThat(eval.holds(dep, obj("{'tls':true}"))).isTrue();
        assertThat(eval.holds(ifThen, obj("{'mode':'basic'}"))).isFalse();
        assertThat(eval.holds(ifThen, obj("{'mode':'advanced'}"))).isTrue();
        assertThat(eval.holds(ifThen, null)).isFalse();
    }

    @Test
    @DisplayName("sensitive parameters split off at the top level for a parametersFrom Secret")
    void splitSensitive() {
        SchemaFormModel m = SchemaFormModel.build(json("{'properties':{'adminPassword':{'type':'string','format':'password'},"
                + "'db':{'type':'object','properties':{'token':{'type':'string'},'host':{'type':'string'}}},"
                + "'size':{'type':'integer'}}}"));
        var split = ParameterValues.splitSensitive(m, obj("{'adminPassword':'p','db':{'token':'t','host':'h'},"
                + "'size':3,'extraSecret':'x'}"));
        assertThat(split.inline()).isEqualTo(json("{'size':3}"));
        assertThat(split.secret()).isEqualTo(json("{'adminPassword':'p','db':{'token':'t','host':'h'},'extraSecret':'x'}"));
    }

    @Test
    @DisplayName("secrets as array items, map values and oneOf branches are sensitive and their whole top-level value goes to the Secret")
    void splitSensitiveNameless() {
        SchemaFormModel m = SchemaFormModel.build(json("{'properties':{"
                + "'passwords':{'type':'array','items':{'type':'string','format':'password'}},"
                + "'creds':{'type':'object','additionalProperties':{'type':'string','format':'password'}},"
                + "'auth':{'oneOf':[{'type':'string','format':'password'},{'type':'integer'}]},"
                + "'size':{'type':'integer'}}}"));
        assertThat(m.sensitivePaths()).contains("/passwords/-", "/creds/-", "/auth");
        assertThat(m.isSensitive("/passwords/3")).isTrue();
        assertThat(m.isSensitive("/creds/db")).isTrue();
        var split = ParameterValues.splitSensitive(m, obj("{'passwords':['p1','p2'],'creds':{'db':'s'},"
                + "'auth':'a','size':3}"));
        assertThat(split.inline()).isEqualTo(json("{'size':3}"));
        assertThat(split.secret()).isEqualTo(json("{'passwords':['p1','p2'],'creds':{'db':'s'},'auth':'a'}"));
    }

    @Test
    @DisplayName("values of conditional fields whose condition is off are left out of the output; shared and own keys stay")
    void hiddenConditionalFieldsDropped() {
        SchemaFormModel m = SchemaFormModel.build(json("{'$schema':'http://json-schema.org/draft-07/schema#',"
                + "'properties':{'mode':{'type':'string','enum':['basic','advanced']},'tls':{'type':'boolean'},"
                + "'nested':{'type':'object','properties':{'on':{'type':'boolean'}},"
                + "'dependencies':{'on':{'properties':{'level':{'type':'integer'}}}}}},"
                + "'if':{'properties':{'mode':{'const':'advanced'}},'required':['mode']},"
                + "'then':{'properties':{'workers':{'type':'integer'},'shared':{'type':'string'}}},"
                + "'else':{'properties':{'preset':{'type':'string'},'shared':{'type':'string'}}},"
                + "'dependencies':{'tls':{'properties':{'cert':{'type':'string'}}}}}"));
        ObjectNode doc = obj("{'mode':'basic','workers':4,'preset':'small','shared':'s','cert':'c',"
                + "'nested':{'level':3},'unknown':1}");
        assertThat(ParameterValues.output(m, doc)).isEqualTo(json("{'mode':'basic','preset':'small',"
                + "'shared':'s','unknown':1}"));
        doc.put("mode", "advanced");
        doc.put("tls", true);
        ((ObjectNode) doc.get("nested")).put("on", true);
        assertThat(ParameterValues.output(m, doc)).isEqualTo(json("{'mode':'advanced','tls':true,"
                + "'nested':{'on':true,'level':3},'workers':4,'shared':'s','cert':'c','unknown':1}"));
    }

    @Test
    @DisplayName("changed() compares numbers by value at any depth: {'n':1} and {'n':1.0} are unchanged")
    void changedIsNumericAware() {
        ObjectNode original = obj("{'a':{'n':1,'list':[1,{'x':2}]},'b':3,'c':'s'}");
        ObjectNode current = obj("{'a':{'n':1.0,'list':[1.0,{'x':2.00}]},'b':3.0,'c':'s','d':true}");
        assertThat(ParameterValues.changed(original, current)).isEqualTo(json("{'d':true}"));
        current.with("a").put("n", 2);
        assertThat(ParameterValues.changed(original, current)).isEqualTo(json("{'a':{'n':2,'list':[1.0,{'x':2.00}]},'d':true}"));
        assertThat(ParameterValues.numericEquals(json("{'a':1}"), json("{'a':1,'b':2}"))).isFalse();
    }
}
