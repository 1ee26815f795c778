package io.servicecatalog.console.ui.schemaform;

import static io.servicecatalog.console.ui.TestSchemas.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.servicecatalog.console.ui.TestSchemas;
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

    private static final String[] TRICKY = {"0x1F", "1e3", "1_000", ".inf", "-.inf", ".NaN", "0o17", "0b101", "017",
        "1:20", "190:20:30", "+12", "1.", "true", "yes", "No", "on", "OFF", "y", "n", "~", "null", "NULL", "",
        " lead", "trail ", "a: b", "- x", "#c", "a #c", "[x]", "{y}", "*ref", "&anchor", "!tag", "%d", "@at", "`b",
        "'q'", "\"dq\"", "|", ">", "?", "2024-01-31", "2001-12-14t21:59:43.10-05:00", "=", "<<", "multi\nline",
        "tab\tin", "é", "16", "-0", "0.5", "1e-3", "1E+3"};

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> trickyTrees() {
        long seed = 20261123L;
        java.util.Random random = new java.util.Random(seed);
        String alphabet = "0123456789xXeE._:+-~.#'\" !&*|>?[]{}, abyntruefalsNUL\n";
        return java.util.stream.IntStream.range(0, 40).mapToObj(n -> {
            com.fasterxml.jackson.databind.node.ObjectNode tree = TestSchemas.JSON.createObjectNode();
            for (int i = 0; i < 8; i++) {
                String s;
                if (random.nextBoolean()) {
                    s = TRICKY[random.nextInt(TRICKY.length)];
                } else {
                    StringBuilder sb = new StringBuilder();
                    for (int k = random.nextInt(6); k >= 0; k--) {
                        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    s = sb.toString();
                }
                tree.put("k" + i, s);
                tree.withArray("list").add(s);
            }
            return org.junit.jupiter.params.provider.Arguments.of("seed " + seed + " #" + n, tree);
        });
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.MethodSource("trickyTrees")
    @DisplayName("every string survives a YAML and JSON round trip as the same string (seeded)")
    void trickyStringsRoundTrip(String label, JsonNode tree) {
        for (String s : TRICKY) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) tree).withArray("fixed").add(s);
        }
        for (ViewMode mode : ViewMode.values()) {
            String text = ParameterText.write(tree, mode);
            ParameterText.Parsed parsed = ParameterText.parseParameters(text, mode);
            assertThat(parsed.error()).as(text).isNull();
            assertThat(parsed.value()).as(text).isEqualTo(tree);
        }
        assertThat(ParameterText.write(json("{'a':'plain words'}"), ViewMode.YAML)).isEqualTo("a: plain words\n");
    }

    @Test
    @DisplayName("a key written twice is refused with a message naming the key, in YAML and JSON")
    void duplicateKeys() {
        ParameterText.Parsed yaml = ParameterText.parseParameters("a: 1\nb: 2\na: 3\n", ViewMode.YAML);
        assertThat(yaml.ok()).isFalse();
        assertThat(yaml.error()).startsWith("The key 'a' appears twice");
        ParameterText.Parsed json = ParameterText.parseParameters("{\"a\": 1, \"a\": 2}", ViewMode.JSON);
        assertThat(json.error()).startsWith("The key 'a' appears twice");
    }
}
