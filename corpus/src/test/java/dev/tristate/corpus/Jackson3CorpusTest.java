package dev.tristate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.JacksonVersion;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus for Jackson 3: every vendored spec generated with {@code jacksonVersion} 3, compiled against Jackson 3
 * (the test class path holds both lines; generated Jackson 3 code names no Jackson 2 type but the annotations both
 * share, which GoldenFilesTest checks), and every example round-tripped with a Jackson 3 mapper. The outcome must
 * match the same known-defect lists as the Jackson 2 run: a spec defect fails on both lines, and a failure only one
 * line has is a defect of that line's generated code. The reduced fixtures of generator defects run on Jackson 2
 * only.
 */
class Jackson3CorpusTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path SPECS = Path.of(System.getProperty("corpus.specs", "specs"));
    private static final Path OUT = Path.of(System.getProperty("corpus.out", "target/corpus")).resolve("jackson3");

    @TestFactory
    Stream<DynamicTest> everyVendoredSpecRoundTripsItsExamplesOnJackson3() {
        return CorpusSpec.vendored(SPECS).stream().map(spec -> DynamicTest.dynamicTest(spec.id(), () -> {
            long start = System.nanoTime();
            SpecOutcome outcome = new SpecRun(spec, OUT, MODULE, JacksonVersion.V3).run();
            System.out.printf("corpus (Jackson 3) %s: %d files, %d examples, %d failures (%d s)%n", spec.id(),
                    outcome.files(), outcome.examples(), outcome.failures().size(),
                    (System.nanoTime() - start) / 1_000_000_000);
            assertThat(CorpusTest.unmatched(spec, outcome))
                    .as("%s on Jackson 3: failures that do not match the known-defect lists", spec.id()).isEmpty();
        }));
    }
}
