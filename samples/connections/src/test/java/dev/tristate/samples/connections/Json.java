package dev.tristate.samples.connections;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The one mapper the contract promises to work with (a plain {@code findAndAddModules()} mapper, nothing configured),
 * the JSON fixtures, and JSON-tree comparison.
 */
final class Json {

    /** Exactly what a user of the generated models is told to build; no feature is switched on or off. */
    static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    /**
     * JSON numbers compared by value: {@code 4082} and {@code 4082.0} are the same JSON number, and the spec maps
     * {@code type: number, format: double} to {@link Double}, which cannot remember how the number was spelled.
     * Every other node is compared with its own {@code equals}.
     */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private Json() {
    }

    /** A fixture from {@code src/test/resources/fixtures}. */
    static String fixture(String name) {
        try (InputStream in = Json.class.getResourceAsStream("/fixtures/" + name)) {
            Objects.requireNonNull(in, () -> "no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T read(String json, Class<T> type) throws JsonProcessingException {
        return MAPPER.readValue(json, type);
    }

    static <T> T readFixture(String name, Class<T> type) throws JsonProcessingException {
        return read(fixture(name), type);
    }

    static String write(Object value) throws JsonProcessingException {
        return MAPPER.writeValueAsString(value);
    }

    static JsonNode tree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    static ObjectNode objectTree(String json) throws JsonProcessingException {
        return (ObjectNode) MAPPER.readTree(json);
    }

    /** Serializes to text (as a user would) and parses the text back, so the tree is exactly what was written. */
    static JsonNode writtenTree(Object value) throws JsonProcessingException {
        return tree(write(value));
    }

    /** The names of an object's fields, in the order they appear. */
    static List<String> fieldNames(JsonNode object) {
        assertThat(object.isObject()).as("expected a JSON object: %s", object).isTrue();
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** JSON-tree equality ({@code JsonNode} equality, numbers by value; field order is checked separately). */
    static void assertSameJson(JsonNode actual, JsonNode expected) {
        assertThat(actual.equals(NUMBERS_BY_VALUE, expected))
                .as("JSON trees differ%n expected: %s%n   actual: %s", expected, actual)
                .isTrue();
    }
}
