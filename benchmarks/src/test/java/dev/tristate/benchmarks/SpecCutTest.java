package dev.tristate.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpecCutTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A refers to C, C to E (inside an array's items), D to B; "x/y" is referred to with JSON-pointer escaping. */
    private static final String SPEC = "{'openapi':'3.0.3','info':{'title':'t','version':'1'},"
            + "'paths':{'/a':{'get':{'responses':{'200':{'description':'ok'}}}}},"
            + "'components':{'parameters':{'p':{'name':'p','in':'query'}},'schemas':{"
            + "'A':{'type':'object','properties':{'c':{'$ref':'#/components/schemas/C'}}},"
            + "'B':{'type':'string'},"
            + "'C':{'type':'array','items':{'$ref':'#/components/schemas/E'}},"
            + "'D':{'allOf':[{'$ref':'#/components/schemas/B'},{'$ref':'#/components/schemas/x~1y'}]},"
            + "'E':{'type':'integer'},"
            + "'x/y':{'type':'boolean'}}}}";

    @Test
    void takesTheFirstSchemasInDocumentOrderAndWhatTheyReferTo() throws Exception {
        SpecCut cut = SpecCut.of(spec(), 30, JSON);

        assertThat(cut.chosen()).isEqualTo(2);
        assertThat(schemaNames(cut)).containsExactly("A", "B", "C", "E");
        assertThat(cut.schemas()).isEqualTo(4);
    }

    @Test
    void followsEscapedReferences() throws Exception {
        SpecCut cut = SpecCut.of(spec(), 67, JSON);

        assertThat(cut.chosen()).isEqualTo(5);
        assertThat(schemaNames(cut)).containsExactly("A", "B", "C", "D", "E", "x/y");
    }

    @Test
    void keepsTheHeaderAndDropsPathsAndOtherComponents() throws Exception {
        SpecCut cut = SpecCut.of(spec(), 100, JSON);

        assertThat(cut.schemas()).isEqualTo(6);
        assertThat(cut.document().get("openapi").asText()).isEqualTo("3.0.3");
        assertThat(cut.document().get("info").get("title").asText()).isEqualTo("t");
        assertThat(cut.document().get("paths").isEmpty()).isTrue();
        assertThat(cut.document().get("components").has("parameters")).isFalse();
    }

    private static JsonNode spec() throws Exception {
        return JSON.readTree(SPEC.replace('\'', '"'));
    }

    private static List<String> schemaNames(SpecCut cut) {
        List<String> names = new ArrayList<>();
        cut.document().get("components").get("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }
}
