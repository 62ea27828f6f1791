package dev.tristate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.JacksonVersion;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The suite's own judgement, on a spec written to test it: examples that are data-equal after a round trip pass,
 * every other one fails, at the right place; with either Jackson line.
 */
class RoundTripSelfTest {

    private static final String PET = "/components/schemas/Pet";
    private static final String PROPERTIES = PET + "/properties/";

    @ParameterizedTest
    @EnumSource(JacksonVersion.class)
    void failsExactlyTheExamplesThatDoNotComeBack(JacksonVersion jackson) throws Exception {
        Path spec = Path.of(RoundTripSelfTest.class.getResource("/selftest/examples.yaml").toURI());
        SpecOutcome outcome = new SpecRun(new CorpusSpec("selftest", spec),
                Path.of(System.getProperty("corpus.out", "target/corpus")).resolve("selftest-run-" + jackson),
                Path.of("").toAbsolutePath(), jackson).run();

        assertThat(outcome.built()).as("%s", outcome.buildFailures()).isTrue();
        Map<String, ExampleFailure> failures = outcome.failures().stream()
                .collect(Collectors.toMap(ExampleFailure::examplePointer, f -> f));
        assertThat(failures).containsOnlyKeys(
                PET + "/examples/1",
                PROPERTIES + "name/examples/1",
                PROPERTIES + "born/examples/2",
                PROPERTIES + "tag/example",
                PROPERTIES + "count/example",
                PROPERTIES + "tags/items/example");
        // 3 on Pet, 16 on its properties, its list's items and its map's values: every one read.
        assertThat(outcome.examples()).isEqualTo(19);
        assertThat(outcome.untypedExamples()).isEqualTo(1);
        assertThat(outcome.unreached()).isEmpty();

        assertThat(failures.get(PET + "/examples/1").message()).contains("missing required properties: id");
        assertThat(failures.get(PROPERTIES + "name/examples/1").message())
                .contains("example has 12, written back \"12\"");
        assertThat(failures.get(PROPERTIES + "count/example").message())
                .contains("example has \"12\", written back 12");
        assertThat(failures.get(PROPERTIES + "tag/example").message()).contains("does not let Pet.tag be null");
        assertThat(failures.get(PROPERTIES + "born/examples/2").message()).contains("OffsetDateTime");
        assertThat(failures.get(PROPERTIES + "born/examples/2").location())
                .matches(".*/selftest/examples\\.yaml:17:\\d+");
        assertThat(failures.get(PROPERTIES + "tags/items/example").target()).isEqualTo("Pet.tags[]");
    }
}
