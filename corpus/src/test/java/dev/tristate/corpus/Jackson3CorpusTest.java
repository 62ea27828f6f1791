package dev.tristate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every vendored spec generated for Jackson 3 must compile without an error against Jackson 3
 * (the test class path holds both lines; generated Jackson 3 code names no Jackson 2 type but the annotations both
 * share, which GoldenFilesTest checks). This is the Jackson 3 part of the corpus: compilation only. The example
 * round trips run for Jackson 2 here and for both versions in the generator's property-based round trips.
 */
class Jackson3CorpusTest {

    private static final Path SPECS = Path.of(System.getProperty("corpus.specs", "specs"));
    private static final Path OUT = Path.of(System.getProperty("corpus.out", "target/corpus")).resolve("jackson3");

    @TestFactory
    Stream<DynamicTest> everyVendoredSpecCompilesForJackson3() {
        return CorpusSpec.vendored(SPECS).stream().map(spec -> DynamicTest.dynamicTest(spec.id(), () -> {
            Path output = OUT.resolve(spec.id());
            SpecRun.deleteRecursively(output);
            GenerationResult generated = new Generator().generate(GeneratorConfig.builder()
                    .inputSpec(spec.entry()).outputDirectory(output.resolve("src")).packageName(spec.javaPackage())
                    .allowedRefDirectories(List.of(spec.entry().toAbsolutePath().getParent().getParent()))
                    .jacksonVersion(JacksonVersion.V3).build());
            // DigitalOcean's operations are $refs to files, which Tristate does not follow yet (issue 13).
            assertThat(generated.generatedFiles().isEmpty()).as("no file generated for %s", spec.id())
                    .isEqualTo(spec.id().equals("digitalocean"));
            if (generated.generatedFiles().isEmpty()) {
                return;
            }
            Javac.Compilation compiled = Javac.compile(output.resolve("src"), output.resolve("classes"));
            assertThat(compiled.errors()).as("javac errors for %s", spec.id()).isEmpty();
        }));
    }
}
