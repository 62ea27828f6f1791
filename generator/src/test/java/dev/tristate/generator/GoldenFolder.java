package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A folder of reviewed generated files under src/test/resources/golden, compared byte for byte with a fresh run.
 * With {@code -Dtristate.updateGolden=true} the folder is first replaced by the fresh files, for review as a diff.
 */
final class GoldenFolder {

    private final Path golden;

    GoldenFolder(String name) {
        this.golden = Path.of("src", "test", "resources", "golden", name);
    }

    /**
     * Fails, with a line diff, unless {@code generated} holds exactly the golden files with the same bytes.
     *
     * @return how many files there are
     */
    int assertMatches(Path generated) throws IOException {
        if (Boolean.getBoolean("tristate.updateGolden")) {
            update(generated);
        }
        TreeSet<String> actualNames = names(generated);
        assertThat(actualNames).as("generated file names").isEqualTo(names(golden));
        for (String name : actualNames) {
            String expected = Files.readString(golden.resolve(name));
            String actual = Files.readString(generated.resolve(name));
            if (!expected.equals(actual)) {
                fail(name + " differs from its golden file:\n" + GoldenFilesTest.TextDiff.unified(expected, actual));
            }
        }
        return actualNames.size();
    }

    private static TreeSet<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private void update(Path generated) throws IOException {
        Files.createDirectories(golden);
        try (Stream<Path> old = Files.list(golden)) {
            for (Path file : old.collect(Collectors.toList())) {
                Files.delete(file);
            }
        }
        try (Stream<Path> files = Files.list(generated)) {
            List<Path> fresh = files.collect(Collectors.toList());
            for (Path file : fresh) {
                Files.copy(file, golden.resolve(file.getFileName()));
            }
        }
    }
}
