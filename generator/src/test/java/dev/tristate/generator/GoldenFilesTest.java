package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The emitted sources for the canonical spec and the compositions fixture, compared byte for byte with the reviewed copies under
 * src/test/resources/golden. After an intended change, regenerate them with
 * {@code ./mvnw -pl generator test -Dtest=GoldenFilesTest -Dtristate.updateGolden=true} and review the diff.
 */
class GoldenFilesTest {

    private static final String PACKAGE = "dev.tristate.samples.connections";

    @Test
    void canonicalSpecMatchesGoldenFiles() throws IOException {
        Path output = Generation.tempDir("golden");
        GenerationResult result = Generation.generate(Generation.canonicalSpec(), output, PACKAGE);
        Path generated = output.resolve(PACKAGE.replace('.', '/'));
        int files = new GoldenFolder("connections").assertMatches(generated);
        assertThat(result.generatedFiles()).hasSize(files);
    }

    /** allOf, oneOf/anyOf with and without a discriminator, type lists, integer enums: see CompositionsTest. */
    @Test
    void compositionsMatchGoldenFiles() throws IOException {
        Path output = Generation.tempDir("golden");
        GenerationResult result = Generation.generate(Generation.fixture("compositions.yaml"), output, "it.comp");
        int files = new GoldenFolder("compositions").assertMatches(output.resolve("it/comp"));
        assertThat(result.generatedFiles()).hasSize(files);
    }

    /** Inline schemas in operations, webhooks and the other components: see InlineSchemasTest. */
    @Test
    void inlineOperationSchemasMatchGoldenFiles() throws IOException {
        Path output = Generation.tempDir("golden");
        GenerationResult result = Generation.generate(Generation.fixture("inline-operations.yaml"), output, "it.inline");
        int files = new GoldenFolder("inline").assertMatches(output.resolve("it/inline"));
        assertThat(result.generatedFiles()).hasSize(files);
    }


    /** The same spec for Jackson 3: golden/jackson3/connections. */
    @Test
    void canonicalSpecMatchesJackson3GoldenFiles() throws IOException {
        Path output = Generation.tempDir("golden3");
        GenerationResult result = Generation.generate(Generation.canonicalSpec(), output, PACKAGE, JacksonVersion.V3);
        Path generated = output.resolve(PACKAGE.replace('.', '/'));
        int files = new GoldenFolder("jackson3/connections").assertMatches(generated);
        assertThat(result.generatedFiles()).hasSize(files);
    }

    @Test
    void compositionsMatchJackson3GoldenFiles() throws IOException {
        Path output = Generation.tempDir("golden3");
        GenerationResult result = Generation.generate(Generation.fixture("compositions.yaml"), output, "it.comp",
                JacksonVersion.V3);
        int files = new GoldenFolder("jackson3/compositions").assertMatches(output.resolve("it/comp"));
        assertThat(result.generatedFiles()).hasSize(files);
    }

    /** Code for Jackson 3 names no Jackson 2 type but the annotations, which both lines share. */
    @Test
    void jackson3CodeNamesOnlySharedAnnotationsFromJackson2() throws IOException {
        for (String spec : List.of("connections", "compositions")) {
            Path output = Generation.tempDir("golden3");
            Generation.generate(spec.equals("connections") ? Generation.canonicalSpec()
                    : Generation.fixture("compositions.yaml"), output, "it.j3", JacksonVersion.V3);
            try (Stream<Path> files = Files.walk(output)) {
                for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                    assertThat(Generation.read(file).lines()
                            .filter(line -> line.contains("com.fasterxml.jackson")
                                    && !line.startsWith("import com.fasterxml.jackson.annotation.")))
                            .as(file.toString()).isEmpty();
                }
            }
        }
    }

    @Test
    void goldenFilesCompile() {
        Path root = Generation.tempDir("golden-compile");
        Generation.generate(Generation.canonicalSpec(), root, PACKAGE);
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(root);
        assertThat(compiled.warnings()).as("javac warnings").isEmpty();
        assertThat(compiled.load(PACKAGE + ".Connection")).isFinal();
    }

    @Test
    void jackson3GoldenFilesCompile() {
        Path root = Generation.tempDir("golden3-compile");
        Generation.generate(Generation.canonicalSpec(), root, PACKAGE, JacksonVersion.V3);
        Generation.generate(Generation.fixture("compositions.yaml"), root, "it.comp", JacksonVersion.V3);
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(root);
        assertThat(compiled.warnings()).as("javac warnings").isEmpty();
        assertThat(compiled.load(PACKAGE + ".Connection")).isFinal();
    }

    /** A line diff small enough to read in a test report. */
    static final class TextDiff {
        private TextDiff() {}

        static String unified(String expected, String actual) {
            List<String> a = expected.lines().collect(Collectors.toList());
            List<String> b = actual.lines().collect(Collectors.toList());
            int[][] lcs = new int[a.size() + 1][b.size() + 1];
            for (int i = a.size() - 1; i >= 0; i--) {
                for (int j = b.size() - 1; j >= 0; j--) {
                    lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1
                            : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
                }
            }
            StringBuilder out = new StringBuilder();
            int i = 0;
            int j = 0;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                    i++;
                    j++;
                } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
                    out.append("line ").append(j + 1).append(" + ").append(b.get(j++)).append('\n');
                } else {
                    out.append("line ").append(i + 1).append(" - ").append(a.get(i++)).append('\n');
                }
            }
            return out.toString();
        }
    }
}
