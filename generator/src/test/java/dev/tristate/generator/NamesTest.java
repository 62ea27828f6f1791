package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * fixtures/names.yaml: every kind of awkward schema and property name (keywords, leading digits, -, ., $, spaces,
 * non-ASCII, names differing only in case or colliding after conversion, very long names, two schemas for one class
 * name). The sources are compared with the reviewed copies in golden/names (regenerate with
 * {@code -Dtest=NamesTest -Dtristate.updateGolden=true} and review the diff), compiled, and read and written
 * with JSON that uses every wire name.
 */
class NamesTest {

    private static final String PACKAGE = "it.names";
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private static Path sources;
    private static InMemoryCompiler.Compiled compiled;

    @BeforeAll
    static void generate() {
        Path output = Generation.tempDir("names");
        Generation.generate(Generation.fixture("names.yaml"), output, PACKAGE);
        sources = output.resolve(PACKAGE.replace('.', '/'));
        compiled = InMemoryCompiler.compile(output);
    }

    @Test
    void sourcesMatchTheReviewedGoldenFiles() throws IOException {
        new GoldenFolder("names").assertMatches(sources);
    }

    @Test
    void compilesWithoutWarnings() {
        assertThat(compiled.warnings()).isEmpty();
    }

    @Test
    void schemaNamesBecomeDistinctClassesThatFitInAFileName() throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.map(f -> f.getFileName().toString())).allSatisfy(name ->
                    assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(128 + 5));
        }
        Map<String, String> classes = new LinkedHashMap<>();
        classes.put("user-profile", "UserProfile");
        classes.put("UserProfile", "UserProfile2");
        classes.put("user.profile", "UserProfile3");
        classes.put("order", "Order");
        classes.put("Order", "Order2");
        classes.put("class", "ClassModel");
        classes.put("2nd-place", "Model2ndPlace");
        classes.put("Ärger", "Ärger");
        classes.put("aux", "AuxModel");
        classes.put("ThisSchemaNameIsMuch…", "ThisSchemaNameIsMuchLongerThanAnyFileSystemAllowsForOneNameComponent"
                + "ThisSchemaAnyFileSystemAllowsForOneNameComponent_bb3e60c2");
        for (String className : classes.values()) {
            assertThat(compiled.load(PACKAGE + "." + className)).isFinal();
        }
        assertThat(property(compiled.load(PACKAGE + ".UserProfile2"), "getB")).isNotNull();
        assertThat(property(compiled.load(PACKAGE + ".Order2"), "getId").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<java.lang.Long>");
    }

    @Test
    void everyWireNameHasAReadableGetter() {
        Class<?> names = compiled.load(PACKAGE + ".Names");
        assertThat(Arrays.stream(names.getDeclaredMethods()).map(Method::getName).collect(Collectors.toSet()))
                .contains("getClassValue", "getDefaultValue", "getEnumValue", "getNullValue", "getTrueValue",
                        "getVarValue", "getProperty", "getProperty1stPlace", "getProperty2fa", "getProperty3",
                        "getFirstName", "getLastName", "getCost", "getMiddleName", "getType", "getPrénom",
                        "getGröße", "get名前", "getΩmega", "getCafé", "getCafé2", "getName", "getName2",
                        "getName3",
                        "getUserId", "getUserId2", "getUserId3", "getUserId4", "getProperty2",
                        "getStatus");
    }

    @Test
    void jsonWithEveryWireNameRoundTrips() throws Exception {
        Class<?> names = compiled.load(PACKAGE + ".Names");
        ObjectNode json = MAPPER.createObjectNode();
        int i = 0;
        for (String wire : wireNames()) {
            json.put(wire, "v" + i++);
        }
        json.put("class", "c").put("1st-place", 1).put("true", true).put("2fa", false).put("$cost", 1.5)
                .put("größe", 3).put("status", "in-active");
        Object value = MAPPER.treeToValue(json, names);
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(written).isEqualTo(json);
        assertThat(names.getMethod("getCafé2").invoke(value).toString()).isEqualTo("Optional[v"
                + wireNames().indexOf("cafe\u0301") + "]");
        assertThat(names.getMethod("getAdditionalProperties").invoke(value)).isEqualTo(Map.of());
    }

    @Test
    void enumValuesDifferingOnlyInCaseAreDistinctConstants() throws Exception {
        Class<?> status = compiled.load(PACKAGE + ".NamesStatus");
        assertThat(status.getField("ACTIVE").get(null).toString()).isEqualTo("active");
        assertThat(status.getField("ACTIVE2").get(null).toString()).isEqualTo("Active");
        assertThat(status.getField("ACTIVE3").get(null).toString()).isEqualTo("ACTIVE");
        assertThat(status.getField("IN_ACTIVE").get(null).toString()).isEqualTo("in-active");
        assertThat(status.getField("VALUE_1").get(null).toString()).isEqualTo("1");
        assertThat(status.getField("NÄIVE").get(null).toString()).isEqualTo("näive");
    }

    /** The string-typed properties of Names, as written in the spec. */
    private static List<String> wireNames() {
        return List.of("default", "enum", "null", "var", "_", "3", "first-name", "last.name",
                "middle name", "@type", "prénom", "名前", "Ωmega", "café", "cafe\u0301", "name", "Name", "NAME",
                "user_id", "userId", "user-id", "UserId", "!!!", longProperty());
    }

    private static String longProperty() {
        return "this_property_name_goes_on_and_on_because_someone_generated_it_from_a_sentence_".repeat(4) + "end";
    }

    private static Method property(Class<?> type, String getter) {
        try {
            return type.getMethod(getter);
        } catch (NoSuchMethodException e) {
            throw new AssertionError(type + " has no " + getter, e);
        }
    }
}
