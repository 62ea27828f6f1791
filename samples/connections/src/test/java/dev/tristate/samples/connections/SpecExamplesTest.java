package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.fieldNames;
import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.write;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The spec's schema-level examples (seed 001's Connection, seed 002's auth object, seed 003's auth link): the
 * fixtures are exactly those examples, and each survives read → write unchanged.
 */
class SpecExamplesTest {

    private static JsonNode schemas;

    @BeforeAll
    static void readSpec() throws IOException {
        String location = System.getProperty("tristate.spec", "../../spec/src/main/resources/openapi/connections.yaml");
        Path spec = Path.of(location);
        assertThat(spec).as("the canonical spec").isRegularFile();
        schemas = new YAMLMapper().readTree(Files.readString(spec)).path("components").path("schemas");
    }

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("Connection", Samples.CONNECTION_FIXTURE, Connection.class),
                Arguments.of("property_Connection_auth", Samples.AUTH_FIXTURE, PropertyConnectionAuth.class),
                Arguments.of("ConnectSessionTokenAuthLink", Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void fixtureIsTheSpecsExample(String schema, String fixture, Class<?> type) throws IOException {
        JsonNode examples = schemas.path(schema).path("examples");
        assertThat(examples.size()).as("examples of %s", schema).isEqualTo(1);

        assertThat(tree(fixture(fixture))).isEqualTo(examples.get(0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleSurvivesReadThenWriteAsTheSameJsonTree(String schema, String fixture, Class<?> type) throws IOException {
        JsonNode input = tree(fixture(fixture));

        JsonNode written = writtenTree(read(fixture(fixture), type));

        assertSameJson(written, input);
        // Declared properties are written in the spec's order; every example lists them in that order.
        assertThat(fieldNames(written)).containsExactlyElementsOf(fieldNames(input));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleReadBackFromItsOwnOutputIsEqual(String schema, String fixture, Class<?> type) throws IOException {
        Object first = read(fixture(fixture), type);

        Object second = read(write(first), type);

        assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
        assertThat(second).isNotSameAs(first);
        assertThat(write(second)).isEqualTo(write(first));
    }
}
