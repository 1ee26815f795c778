package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ParameterTextTest {

    private final JsonNode value = json("{'version':'16','storageGb':20,'ratio':0.5,'on':'true','flag':false,"
            + "'empty':'','list':['a',1],'nested':{'x':null}}");

    @Test
    @DisplayName("JSON and YAML round trips keep every value and its type (numeric-looking strings stay strings)")
    void roundTrips() {
        for (ViewMode mode : ViewMode.values()) {
            String text = ParameterText.write(value, mode);
            ParameterText.Parsed parsed = ParameterText.parseParameters(text, mode);
            assertThat(parsed.ok()).as(text).isTrue();
            assertThat(parsed.value()).as(text).isEqualTo(value);
        }
        assertThat(ParameterText.write(value, ViewMode.YAML)).contains("version: \"16\"", "storageGb: 20");
    }

    @Test
    @DisplayName("unparsable text reports its line and a plain message; non-objects are refused")
    void errors() {
        ParameterText.Parsed p = ParameterText.parseParameters("{\n  \"a\": 1,\n  \"b\": }\n", ViewMode.JSON);
        assertThat(p.ok()).isFalse();
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.error()).startsWith("The text is not valid JSON (line 3)");
        assertThat(ParameterText.parseParameters("[1]", ViewMode.JSON).error()).contains("must be a JSON object");
        assertThat(ParameterText.parseParameters("a: [", ViewMode.YAML).ok()).isFalse();
        assertThat(ParameterText.parseParameters("{} trailing", ViewMode.JSON).ok()).isFalse();
        assertThat(ParameterText.parseParameters("  ", ViewMode.YAML).value()).isEqualTo(json("{}"));
    }

    @Test
    @DisplayName("a pointer is found on its line in JSON and YAML text, for error marks")
    void lineOf() {
        JsonNode v = json("{'a':{'b':1},'list':[{'zone':'x'}],'b':2}");
        String jsonText = ParameterText.write(v, ViewMode.JSON);
        assertThat(ParameterText.lineOf(jsonText, "/a/b", ViewMode.JSON)).isEqualTo(3);
        assertThat(ParameterText.lineOf(jsonText, "/b", ViewMode.JSON)).isEqualTo(jsonText.split("\n").length - 1);
        String yamlText = ParameterText.write(v, ViewMode.YAML);
        assertThat(yamlText.split("\n")[ParameterText.lineOf(yamlText, "/list/0/zone", ViewMode.YAML) - 1])
                .contains("zone: x");
        assertThat(ParameterText.lineOf(jsonText, "/missing", ViewMode.JSON)).isEqualTo(1);
    }
}
