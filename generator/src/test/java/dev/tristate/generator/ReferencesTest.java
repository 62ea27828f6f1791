package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * $ref in every form users write it (fixtures/refs): local, to a whole file two folders down, to the
 * components/schemas of another document, back up to the root document (a cycle through files), and in 3.1 with
 * sibling keywords. Generated, compiled and run.
 */
class ReferencesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    private static InMemoryCompiler.Compiled compiled;
    private static Path sources;

    @BeforeAll
    static void compile() {
        Path out = Generation.tempDir("refs");
        Generation.generate(Generation.fixture("refs/main.yaml"), out, "it.refs");
        sources = out.resolve("it/refs");
        compiled = InMemoryCompiler.compile(out);
        assertThat(compiled.warnings()).isEmpty();
    }

    @Test
    void everyReferencedSchemaBecomesOneClass() throws Exception {
        try (var files = Files.list(sources)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("Address.java", "Money.java", "Order.java", "Status.java");
        }
        assertThat(compiled.load("it.refs.Order").getMethod("getTotal").getReturnType())
                .isEqualTo(compiled.load("it.refs.Money"));
        assertThat(compiled.load("it.refs.Address").getMethod("getCountry").getReturnType())
                .as("an alias of string in another file is a string").isEqualTo(String.class);
    }

    @Test
    void referencesThroughFilesAndCyclesRoundTrip() throws Exception {
        String json = "{\"id\":\"o2\",\"status\":\"paid\",\"total\":{\"amount\":\"9.90\",\"currency\":\"EUR\"},"
                + "\"shipping\":{\"country\":\"DE\",\"forOrder\":{\"id\":\"o1\",\"total\":{\"amount\":\"1\","
                + "\"currency\":\"EUR\"}}},\"discount\":{\"amount\":\"1.00\",\"currency\":\"EUR\"},\"previous\":null}";
        Class<?> order = compiled.load("it.refs.Order");
        Object read = MAPPER.readValue(json, order);
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(read))).isEqualTo(MAPPER.readTree(json));
        assertThat(order.getMethod("getPrevious").invoke(read)).isEqualTo(JsonNullable.of(null));
        Object shipping = ((Optional<?>) order.getMethod("getShipping").invoke(read)).orElseThrow();
        assertThat(shipping.getClass().getMethod("getForOrder").invoke(shipping)).isNotEqualTo(Optional.empty());
    }

    @Test
    void siblingsOfARefDescribeThatUseOnly() throws Exception {
        String order = Files.readString(sources.resolve("Order.java"));
        assertThat(order).contains("Only for orders with a coupon.");
        assertThat(Files.readString(sources.resolve("Money.java"))).doesNotContain("Only for orders with a coupon.");
    }
}
