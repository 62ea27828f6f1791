package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shapes that used to become something else without a word (issue 13): each is modelled as it says, or becomes
 * {@code Object} with a located warning that the run's summary counts.
 */
class FallbackWarningsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final String PACKAGE = "it.fallback";

    private static GenerationResult result;
    private static InMemoryCompiler.Compiled compiled;

    private static Path spec(String name, String... lines) throws IOException {
        Path spec = Generation.tempDir(name).resolve("api.yaml");
        Files.writeString(spec, String.join("\n", lines) + "\n");
        return spec;
    }

    @BeforeAll
    static void generate() throws IOException {
        Path out = Generation.tempDir("fallback-out");
        Path spec = spec("fallback",
                "openapi: 3.1.0",
                "info: {title: t, version: '1'}",
                "components:",
                "  schemas:",
                "    Holder:",
                "      type: object",
                "      properties:",
                "        kind:",                                    // a government API's integer enum
                "          type: integer",
                "          enum: [Undefined, Update]",
                "        shape:",
                "          type: object",
                "          enum: [round, square]",
                "        counts:",
                "          additionalProperties: {type: integer}",   // a map without type: object
                "        pair:",
                "          type: array",
                "          prefixItems: [{type: string}, {type: integer}]",
                "        either:",
                "          oneOf: [{required: [a]}, {required: [b]}]",
                "        single:",
                "          anyOf: [{type: string, format: date}]");
        result = Generation.generate(spec, out, PACKAGE);
        compiled = InMemoryCompiler.compile(out);
    }

    @Test
    void anEnumWhoseValuesAreNotOfItsTypeIsAnEnumOfItsValuesWithAWarning() throws Exception {
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("the enum lists values"))
                .extracting(Problem::line, Problem::message)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(10, "the enum lists values that are not of its type"
                                + " 'integer' ('Undefined', 'Update'); generated as an enum of strings, as the values say"),
                        org.assertj.core.groups.Tuple.tuple(13, "the enum lists values that are not of its type"
                                + " 'object' ('round', 'square'); generated as an enum of strings, as the values say"));
    }

    @Test
    void theSummaryCountsEveryFallbackToObjectAndEachIsLocated() {
        assertThat(result.warnings()).filteredOn(w -> w.message().endsWith(GenerationResult.FALLBACK))
                .extracting(Problem::line).containsExactly(18, 20);
        assertThat(result.fallbacks()).isEqualTo(2);
        assertThat(result.warnings()).filteredOn(w -> w.message().startsWith("additionalProperties without"))
                .extracting(Problem::line).containsExactly(15);
    }

    @Test
    void eachShapeReadsAndWritesAsItsTypeSays() throws Exception {
        Class<?> holder = compiled.load(PACKAGE + ".Holder");
        assertThat(holder.getMethod("getKind").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.fallback.HolderKind>");
        assertThat(holder.getMethod("getCounts").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<java.util.Map<java.lang.String, java.lang.Long>>");
        assertThat(holder.getMethod("getSingle").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<java.time.LocalDate>");
        String json = "{\"kind\":\"Update\",\"shape\":\"round\",\"counts\":{\"a\":1},\"pair\":[\"x\",2],"
                + "\"either\":{\"a\":1},\"single\":\"2024-01-02\"}";
        Object read = MAPPER.readValue(json, holder);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void aDiscriminatorMappingToAMissingSchemaByBareNameIsAnError() throws IOException {
        Path spec = spec("bare-mapping",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths: {}",
                "components:",
                "  schemas:",
                "    Cat: {type: object, properties: {kind: {type: string}}}",
                "    Dog: {type: object, properties: {kind: {type: string}}}",
                "    Pet:",
                "      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]",
                "      discriminator:",
                "        propertyName: kind",
                "        mapping: {cat: Cat, dog: Doggo}");
        assertThatThrownBy(() -> new Generator().generate(GeneratorConfig.builder().inputSpec(spec)
                .outputDirectory(Generation.tempDir("bare-out")).packageName(PACKAGE).build()))
                .isInstanceOf(GenerationException.class)
                .hasMessageContaining(":12:")
                .hasMessageContaining("the discriminator value 'dog' maps to schema 'Doggo', which is not in"
                        + " components.schemas");
    }
}
