package dev.tristate.generator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import org.junit.jupiter.api.Test;

/**
 * The property suite's own judge: the check and the JSON comparison must report what they exist to find, or
 * {@link RoundTripPropertyTest} would pass whatever the generator did.
 */
class RoundTripCheckTest {

    @Test
    void checkPassesAnExactRoundTripAndReportsEachKindOfChange() throws Exception {
        java.nio.file.Path out = Generation.tempDir("roundtrip-check");
        Generation.generate(Generation.fixture("contract.yaml"), out, "it.check");
        Class<?> cells = InMemoryCompiler.compile(out).load("it.check.Cells");
        RoundTrip roundTrip = new RoundTrip();

        String json = "{\"req\":\"r\",\"reqNull\":null,\"optNull\":null,\"reqList\":[],\"zz\":1}";
        assertThat(roundTrip.check(cells, instance(json, json))).isNull();
        // An expectation the class does not meet must be reported, at its place: absent is not null.
        assertThat(roundTrip.check(cells, instance(json, "{\"req\":\"r\",\"reqNull\":null,\"reqList\":[],\"zz\":1}")))
                .startsWith("read → write changed the JSON [members changed] at /: expected members [req, reqNull, reqList, zz], "
                        + "written [req, reqNull, optNull, reqList, zz]");
        assertThat(roundTrip.check(cells, instance("{\"req\":\"r\",\"reqNull\":null,\"reqList\":[],\"color\":\"new\"}",
                "{\"req\":\"r\",\"reqNull\":null,\"reqList\":[],\"color\":\"old\"}")))
                .startsWith("read → write changed the JSON [string changed] at /color: expected \"old\", written \"new\"");
        // Declared properties are written in spec order, wherever they came in the input.
        assertThat(roundTrip.check(cells, instance("{\"reqList\":[],\"zz\":1,\"reqNull\":null,\"req\":\"r\"}",
                "{\"reqList\":[],\"zz\":1,\"reqNull\":null,\"req\":\"r\"}")))
                .startsWith("read → write changed the JSON [members changed] at /: expected members [reqList, zz, reqNull, req]");
        assertThat(roundTrip.check(cells, instance("{\"req\":null}", "{}")))
                .startsWith("reading the instance failed: ");
    }

    @Test
    void memberOrderCountsAtEveryLevel() throws JsonProcessingException {
        JsonNode expected = WireComparison.exactTree("{\"a\":1,\"b\":{\"c\":2,\"d\":3}}");
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree("{\"a\":1,\"b\":{\"d\":3,\"c\":2}}")))
                .isEqualTo("[members changed] at /b: expected members [c, d], written [d, c]");
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree("{\"b\":{\"c\":2,\"d\":3},\"a\":1}")))
                .isEqualTo("[members changed] at /: expected members [a, b], written [b, a]");
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree("{\"a\":1,\"b\":{\"c\":2,\"d\":3}}")))
                .isNull();
    }

    @Test
    void numbersCompareAtThePrecisionTheExpectedNodeStates() throws JsonProcessingException {
        ObjectNode expected = JsonNodeFactory.instance.objectNode();
        expected.set("exact", RandomScalars.decimal("12345678901234567890.123456789"));
        expected.set("float", FloatNode.valueOf(0.1f));
        expected.set("double", DoubleNode.valueOf(2e23));
        String same = "{\"exact\":1.2345678901234567890123456789E+19,\"float\":0.1,\"double\":1.9999999999999998E23}";
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree(same))).isNull();
        String lostDigits = "{\"exact\":1.2345678901234567E19,\"float\":0.1,\"double\":2E23}";
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree(lostDigits)))
                .startsWith("[number changed] at /exact: ");
        String otherFloat = "{\"exact\":12345678901234567890.123456789,\"float\":0.10000001,\"double\":2E23}";
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree(otherFloat)))
                .startsWith("[number changed] at /float: ");
        String numberAsText = "{\"exact\":\"12345678901234567890.123456789\",\"float\":0.1,\"double\":2E23}";
        assertThat(WireComparison.firstDifference(expected, WireComparison.exactTree(numberAsText)))
                .startsWith("[number written as string] at /exact: ");
    }

    @Test
    void aMemberWrittenTwiceIsADifference() {
        assertThatThrownBy(() -> WireComparison.exactTree("{\"a\":1,\"a\":1}"))
                .isInstanceOf(JsonProcessingException.class)
                .hasMessageContaining("Duplicate field 'a'");
    }

    private static Instance instance(String json, String expected) throws JsonProcessingException {
        return new Instance(json, WireComparison.exactTree(expected));
    }
}
