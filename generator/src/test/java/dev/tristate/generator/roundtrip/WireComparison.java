package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Compares what a class wrote with what the contract expects, as JSON: member order counts (declared properties in
 * spec order, then unknown ones as read), a property written twice is a difference of its own, and numbers are
 * compared by value at the precision the expected node's class states: a float node as a float, a double node as a
 * double, any other number exactly, with every digit (so {@code 1.0E-5} equals {@code 0.000010}, but a decimal
 * that lost digits does not equal the one sent).
 */
final class WireComparison {

    private static final ObjectMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private WireComparison() {}

    static JsonNode exactTree(String json) throws JsonProcessingException {
        return EXACT.readTree(json);
    }

    /** The first difference as "[what changed] at /path: …", or null when there is none. */
    static String firstDifference(JsonNode expected, JsonNode actual) {
        return compare(expected, actual, "");
    }

    private static String compare(JsonNode expected, JsonNode actual, String path) {
        if (expected.isNumber() && actual.isNumber()) {
            boolean same;
            if (expected.isFloat()) {
                same = expected.floatValue() == actual.floatValue();
            } else if (expected.isDouble()) {
                same = expected.doubleValue() == actual.doubleValue();
            } else {
                same = expected.decimalValue().compareTo(actual.decimalValue()) == 0;
            }
            return same ? null : differ("number changed", path, expected, actual);
        }
        if (expected.getNodeType() != actual.getNodeType()) {
            return differ(type(expected) + " written as " + type(actual), path, expected, actual);
        }
        if (expected.isObject()) {
            List<String> expectedNames = names(expected);
            List<String> actualNames = names(actual);
            if (!expectedNames.equals(actualNames)) {
                return "[members changed] at " + pathOrRoot(path) + ": expected members " + expectedNames
                        + ", written " + actualNames;
            }
            for (String name : expectedNames) {
                String difference = compare(expected.get(name), actual.get(name), path + "/" + name);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected.isArray()) {
            if (expected.size() != actual.size()) {
                return differ("array length changed", path, expected, actual);
            }
            for (int i = 0; i < expected.size(); i++) {
                String difference = compare(expected.get(i), actual.get(i), path + "/" + i);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        return expected.equals(actual) ? null : differ(type(expected) + " changed", path, expected, actual);
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    /** "[what] at /path: expected …, written …": what changed first, so that failures can be grouped by it. */
    private static String differ(String what, String path, JsonNode expected, JsonNode actual) {
        return "[" + what + "] at " + pathOrRoot(path) + ": expected " + expected + ", written " + actual;
    }

    private static String type(JsonNode node) {
        return node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    private static String pathOrRoot(String path) {
        return path.isEmpty() ? "/" : path;
    }
}
