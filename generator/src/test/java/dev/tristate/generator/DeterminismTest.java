package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same spec and configuration, same bytes; a rerun over its own output changes nothing on disk. */
class DeterminismTest {

    private static final String PACKAGE = "dev.tristate.samples.connections";

    @Test
    void twoRunsWriteTheSameBytesWithoutTimestamps() throws IOException {
        Path first = Generation.tempDir("first");
        Path second = Generation.tempDir("second");
        GenerationResult a = Generation.generate(Generation.canonicalSpec(), first, PACKAGE);
        GenerationResult b = Generation.generate(Generation.canonicalSpec(), second, PACKAGE);
        assertThat(a.generatedFiles()).isEqualTo(b.generatedFiles()).isNotEmpty();
        for (Path file : a.generatedFiles()) {
            String text = Files.readString(first.resolve(file));
            assertThat(text).isEqualTo(Files.readString(second.resolve(file)));
            assertThat(text).contains("@Generated(\"dev.tristate.generator\")").doesNotContain("date =");
        }
    }

    @Test
    void rerunWritesNothingAndKeepsTimestamps() throws IOException {
        Path output = Generation.tempDir("rerun");
        GenerationResult first = Generation.generate(Generation.canonicalSpec(), output, PACKAGE);
        assertThat(first.changedFiles()).isEqualTo(first.generatedFiles());
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : first.generatedFiles()) {
            Files.setLastModifiedTime(output.resolve(file), old);
        }
        GenerationResult second = Generation.generate(Generation.canonicalSpec(), output, PACKAGE);
        assertThat(second.changedFiles()).isEmpty();
        for (Path file : second.generatedFiles()) {
            assertThat(Files.getLastModifiedTime(output.resolve(file))).isEqualTo(old);
        }
    }

    @Test
    void aChangedFileIsRewrittenAndOnlyIt() throws IOException {
        Path output = Generation.tempDir("edit");
        GenerationResult first = Generation.generate(Generation.canonicalSpec(), output, PACKAGE);
        Path group = Path.of(PACKAGE.replace('.', '/'), "Group.java");
        Files.writeString(output.resolve(group), "// edited by hand\n");
        GenerationResult second = Generation.generate(Generation.canonicalSpec(), output, PACKAGE);
        assertThat(second.changedFiles()).isEqualTo(List.of(group));
        assertThat(Files.readString(output.resolve(group))).contains("public final class Group");
        assertThat(first.generatedFiles()).contains(group);
    }
}
