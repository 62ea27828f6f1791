package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Markdown docs for the canonical spec, compared byte for byte with the reviewed copies under
 * src/test/resources/golden/docs, and with the copy committed in samples/connections/docs (which the sample build
 * writes; a stale commit fails here, before the sample build would rewrite it). After an intended change, update both
 * with {@code ./mvnw -B -pl generator test -Dtest=GoldenDocsTest -Dtristate.updateGolden=true} and review the diff.
 */
class GoldenDocsTest {

    private static final String PACKAGE = "dev.tristate.samples.connections";
    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "docs");
    private static final Path SAMPLE = Path.of("..", "samples", "connections", "docs");

    @Test
    void canonicalSpecDocsMatchGoldenFiles() throws IOException {
        Path docs = render();
        if (Boolean.getBoolean("tristate.updateGolden")) {
            replace(GOLDEN, docs);
        }
        assertSameFiles(GOLDEN, docs);
    }

    @Test
    void committedSampleDocsAreCurrent() throws IOException {
        Path docs = render();
        if (Boolean.getBoolean("tristate.updateGolden")) {
            replace(SAMPLE, docs);
        }
        assertSameFiles(SAMPLE, docs);
    }

    @Test
    void onePagePerTypeAndAnIndex() throws GenerationException {
        Path output = Generation.tempDir("golden-docs-count");
        Path docs = output.resolve("docs");
        GenerationResult result = new Generator().generate(GeneratorConfig.builder()
                .inputSpec(Generation.canonicalSpec()).outputDirectory(output.resolve("java")).packageName(PACKAGE)
                .docsDirectory(docs).build());
        assertThat(result.generatedDocs()).hasSize(result.generatedFiles().size() + 1)
                .contains(Path.of("README.md"), Path.of("Connection.md"));
        assertThat(result.changedDocs()).isEqualTo(result.generatedDocs());
    }

    private static Path render() {
        Path output = Generation.tempDir("golden-docs");
        Path docs = output.resolve("docs");
        try {
            new Generator().generate(GeneratorConfig.builder().inputSpec(Generation.canonicalSpec())
                    .outputDirectory(output.resolve("java")).packageName(PACKAGE).docsDirectory(docs).build());
        } catch (GenerationException e) {
            throw new AssertionError(e.getMessage(), e);
        }
        return docs;
    }

    private static void assertSameFiles(Path expectedDir, Path actualDir) throws IOException {
        TreeSet<String> expectedNames = names(expectedDir);
        TreeSet<String> actualNames = names(actualDir);
        assertThat(actualNames).as("doc pages in " + expectedDir).isEqualTo(expectedNames);
        for (String name : actualNames) {
            String expected = Files.readString(expectedDir.resolve(name));
            String actual = Files.readString(actualDir.resolve(name));
            if (!expected.equals(actual)) {
                fail(expectedDir.resolve(name) + " differs from the freshly rendered page:\n"
                        + GoldenFilesTest.TextDiff.unified(expected, actual));
            }
        }
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return new TreeSet<>();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static void replace(Path target, Path docs) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> old = Files.list(target)) {
            for (Path file : old.collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(docs)) {
            List<Path> pages = files.collect(Collectors.toList());
            for (Path file : pages) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
    }
}
