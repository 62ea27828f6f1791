package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An object with 1,600 properties of every kind. Before equals, hashCode, toString and build()'s required check
 * were split into chunks, javac died with a StackOverflowError on the {@code &&} chain of such a class (from about
 * 1,500 properties). The chunked methods must mean what the single ones mean. Above the limit, the generator
 * refuses with a located error rather than emit what javac cannot compile.
 */
class LargeObjectTest {

    private static final int PROPERTIES = 1_600;
    private static final String[] KINDS = {"{type: string}", "{type: array, items: {type: string}, nullable: true}",
        "{type: object, additionalProperties: {type: integer}}", "{type: string, format: byte}",
        "{type: string, format: date-time, nullable: true}", "{type: integer}", "{type: string, format: password}"};
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static Class<?> big;

    @BeforeAll
    static void generateAndCompile() throws Exception {
        Path dir = Generation.tempDir("large-object");
        Path spec = Files.writeString(dir.resolve("large.yaml"), spec(PROPERTIES));
        Generation.generate(spec, dir.resolve("out"), "it.large");
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(dir.resolve("out"));
        assertThat(compiled.warnings()).isEmpty();
        big = compiled.load("it.large.Big");
    }

    /** Every even-numbered property required; kinds in turn. */
    private static String spec(int count) {
        StringBuilder text = new StringBuilder("openapi: 3.0.3\ninfo: {title: Large, version: \"1\"}\npaths: {}\n"
                + "components:\n  schemas:\n    Big:\n      type: object\n      required:\n");
        for (int i = 0; i < count; i += 2) {
            text.append("        - p").append(i).append('\n');
        }
        text.append("      properties:\n");
        for (int i = 0; i < count; i++) {
            text.append("        p").append(i).append(": ").append(KINDS[i % KINDS.length]).append('\n');
        }
        return text.toString();
    }

    private static ObjectNode complete() {
        ObjectNode json = MAPPER.createObjectNode();
        for (int i = 0; i < PROPERTIES; i += 2) {
            switch (i % KINDS.length) {
                case 1 -> json.putArray("p" + i).add("a");
                case 2 -> json.putObject("p" + i).put("k", 1);
                case 3 -> json.put("p" + i, "AAE=");
                case 4 -> json.put("p" + i, "2026-12-03T10:15:30.123456789+01:00");
                case 5 -> json.put("p" + i, i);
                default -> json.put("p" + i, "v" + i);
            }
        }
        return json;
    }

    @Test
    void readsWritesAndComparesAcrossEveryChunk() throws Exception {
        ObjectNode json = complete();
        Object first = MAPPER.treeToValue(json, big);
        Object second = MAPPER.treeToValue(json, big);
        assertThat((Object) first).isEqualTo(second).hasSameHashCodeAs(second);
        ObjectNode written = MAPPER.valueToTree(first);
        List<String> differ = new ArrayList<>();
        json.fieldNames().forEachRemaining(name -> {
            if (!String.valueOf(json.get(name)).equals(String.valueOf(written.get(name)))) {
                differ.add(name + ": " + json.get(name) + " written as " + written.get(name));
            }
        });
        assertThat(differ).isEmpty();
        assertThat(written.size()).isEqualTo(json.size());

        // A difference in the last chunk only, and one in a byte array compared by content.
        ObjectNode last = json.deepCopy().put("p1596", "other");
        assertThat((Object) MAPPER.treeToValue(last, big)).isNotEqualTo(first);
        ObjectNode bytes = json.deepCopy().put("p10", "AAI=");
        assertThat((Object) MAPPER.treeToValue(bytes, big)).isNotEqualTo(first);
        ObjectNode optional = json.deepCopy().putNull("p1597");
        assertThat((Object) MAPPER.treeToValue(optional, big)).isNotEqualTo(first);

        assertThat(first.toString()).startsWith("Big{p0=v0, p1=<absent>, p2={k=1}")
                .contains(", p6=****, ").contains(", p1596=v1596, ").endsWith(", p1599=<absent>}");
    }

    @Test
    void buildNamesEveryMissingRequiredPropertyFromEveryChunk() throws Exception {
        ObjectNode json = complete();
        json.remove("p0");
        json.remove("p1000");
        json.remove("p1598");
        assertThatThrownBy(() -> MAPPER.treeToValue(json, big))
                .hasMessageContaining("missing required properties: p0, p1000, p1598");
        Object builder = big.getMethod("builder").invoke(null);
        assertThatThrownBy(() -> builder.getClass().getMethod("build").invoke(builder))
                .isInstanceOf(InvocationTargetException.class)
                .cause().hasMessageStartingWith("Big: missing required properties: p0, p2, p4,");
    }

    @Test
    void moreThanTheLimitIsRefusedWithItsLocation() throws Exception {
        Path dir = Generation.tempDir("too-large-object");
        Path spec = Files.writeString(dir.resolve("large.yaml"), spec(5_001));
        GenerationException e = org.junit.jupiter.api.Assertions.assertThrows(GenerationException.class,
                () -> new Generator().generate(GeneratorConfig.builder().inputSpec(spec)
                        .outputDirectory(dir.resolve("out")).packageName("it.large").build()));
        assertThat(e.problems()).extracting(Problem::toString).containsExactly(spec + ":2510:7: the object has 5,001"
                + " properties; Tristate generates at most 5,000 (a Java class can hold only so much code); split it,"
                + " e.g. with allOf");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
