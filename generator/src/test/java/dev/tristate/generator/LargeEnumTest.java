package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An enum of 10,000 values, the most Tristate generates (the limit itself is in the hostile catalogue). A class
 * that size passes JVM limits only in chunks: javac reported "code too large" from about 2,000 values (the switch
 * in of()) and, at 10,000, also for the static initializer, the nested Java enum and the constant pool. Its
 * constants, of(), isKnown(), equality and JSON must work as for a small enum. Times are printed for the report.
 */
class LargeEnumTest {

    /** The most an enum may list: 9,999 distinct values and one listed twice. */
    private static final int VALUES = 10_000;
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static Class<?> big;
    private static Class<?> holder;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        StringBuilder spec = new StringBuilder("openapi: 3.1.0\ninfo: {title: Large, version: \"1\"}\npaths: {}\n"
                + "components:\n  schemas:\n    Holder:\n      type: object\n      properties:\n"
                + "        big: {$ref: '#/components/schemas/Big'}\n    Big:\n      type: string\n      enum:\n");
        for (int i = 0; i < VALUES - 1; i++) {
            spec.append("      - \"value ").append(i).append(i % 2 == 0 ? " \\\" quoted" : "").append("\"\n");
        }
        spec.append("      - \"value 0 \\\" quoted\"\n");
        Path dir = Generation.tempDir("large-enum");
        Path file = Files.writeString(dir.resolve("large.yaml"), spec);
        long start = System.nanoTime();
        Generation.generate(file, dir.resolve("out"), "it.large");
        long generated = System.nanoTime();
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(dir.resolve("out"));
        long compiledAt = System.nanoTime();
        System.out.printf("LargeEnumTest: %,d values: generated in %,d ms, compiled by javac in %,d ms%n", VALUES,
                (generated - start) / 1_000_000, (compiledAt - generated) / 1_000_000);
        assertThat(compiled.warnings()).isEmpty();
        big = compiled.load("it.large.Big");
        holder = compiled.load("it.large.Holder");
    }

    @Test
    void everyValueIsAPublicConstantInOrder() throws Exception {
        List<Field> constants = Arrays.stream(big.getFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == big)
                .collect(Collectors.toList());
        assertThat(constants).as("the value listed twice is one constant").hasSize(VALUES - 1);
        assertThat(constants.get(0).getName()).isEqualTo("VALUE_0_QUOTED");
        assertThat(constants.get(0).get(null).toString()).isEqualTo("value 0 \" quoted");
        assertThat(constants.get(VALUES - 2).get(null).toString()).isEqualTo("value 9998 \" quoted");
        assertThat(constants).extracting(Field::getName).doesNotContain("VALUE_0_QUOTED2");
    }

    @Test
    void ofFindsTheConstantInEveryChunkAndKeepsOtherValues() throws Exception {
        for (int i : new int[] {1, 999, 1001, 5001, 9997}) {
            Object constant = big.getField("VALUE_" + i).get(null);
            assertThat(of("value " + i)).isSameAs(constant);
            assertThat(big.getMethod("isKnown").invoke(constant)).isEqualTo(true);
        }
        assertThat(of("value 0 \" quoted")).isSameAs(big.getField("VALUE_0_QUOTED").get(null));
        Object unknown = of("value 9999");
        assertThat(big.getMethod("isKnown").invoke(unknown)).isEqualTo(false);
        assertThat(unknown.toString()).isEqualTo("value 9999");
        assertThat(unknown).isEqualTo(of("value 9999"));
        assertThat(Arrays.stream(big.getMethods()).map(m -> m.getName())).doesNotContain("known");
    }

    @Test
    void jsonRoundTripsListedAndUnlistedValues() throws Exception {
        for (String json : List.of("{\"big\":\"value 7777\"}", "{\"big\":\"value 0 \\\" quoted\"}",
                "{\"big\":\"a newer server's value\"}")) {
            Object value = MAPPER.readValue(json, holder);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(value))).isEqualTo(MAPPER.readTree(json));
        }
        Object read = MAPPER.readValue("{\"big\":\"value 7777\"}", holder);
        assertThat(holder.getMethod("getBig").invoke(read).toString())
                .isEqualTo("Optional[value 7777]");
    }

    private static Object of(String value) throws Exception {
        return big.getMethod("of", String.class).invoke(null, value);
    }
}
