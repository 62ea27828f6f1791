package dev.tristate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonComparisonTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void dataEqualValuesAreEqual() throws Exception {
        assertThat(compare("{\"a\":1,\"b\":[true,null]}", "{\"b\":[true,null],\"a\":1}")).isEmpty();
        assertThat(compare("1", "1.0")).isEmpty();
        assertThat(compare("12.50", "12.5")).isEmpty();
        assertThat(compare("\"2024-04-22T18:55:28.000Z\"", "\"2024-04-22T18:55:28+00:00\"")).isEmpty();
        assertThat(compare("\"3F2504E0-4F89-11D3-9A0C-0305E82C3301\"", "\"3f2504e0-4f89-11d3-9a0c-0305e82c3301\""))
                .isEmpty();
    }

    @Test
    void aFloatOrDoubleWrittenBackIsEqualWhenTheExampleRoundsToIt() throws Exception {
        JsonNode example = JSON.readTree("0.1");
        assertThat(JsonComparison.firstDifference(example, JsonNodeFactory.instance.numberNode(0.1f))).isEmpty();
        assertThat(JsonComparison.firstDifference(example, JsonNodeFactory.instance.numberNode(0.1d))).isEmpty();
        assertThat(JsonComparison.firstDifference(example, JsonNodeFactory.instance.numberNode(0.2d))).isPresent();
        // Only a float may lose digits: the same value as an exact decimal must be exact.
        assertThat(compare("0.1000001", "0.1")).isPresent();
    }

    @Test
    void namesTheFirstPlaceTheyDiffer() throws Exception {
        assertThat(compare("{\"a\":{\"b\":\"1\"}}", "{\"a\":{\"b\":1}}")).get()
                .hasToString("at '/a/b': example has \"1\", written back 1");
        assertThat(compare("{\"a~/\":1}", "{}")).get().extracting(JsonComparison.Difference::path)
                .isEqualTo("/a~0~1");
        assertThat(compare("{}", "{\"a\":null}")).get().extracting(JsonComparison.Difference::actual)
                .isEqualTo("null (member added)");
        assertThat(compare("[1,2]", "[1]")).get().extracting(JsonComparison.Difference::expected)
                .isEqualTo("2 elements");
        assertThat(compare("[\"x\"]", "\"x\"")).isPresent();
        // The offset is data: the same instant at another offset is another value.
        assertThat(compare("\"2024-04-22T18:55:28+02:00\"", "\"2024-04-22T16:55:28Z\"")).isPresent();
        assertThat(compare("\"2024-04-22\"", "\"2024-04-22T00:00:00Z\"")).isPresent();
    }

    private static Optional<JsonComparison.Difference> compare(String expected, String actual) throws Exception {
        return JsonComparison.firstDifference(JSON.readTree(expected), JSON.readTree(actual));
    }
}
