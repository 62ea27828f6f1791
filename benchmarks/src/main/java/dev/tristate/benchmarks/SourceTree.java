package dev.tristate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The Java files a generator wrote, and how much of them there is. */
record SourceTree(List<Path> files, long lines) {

    static SourceTree of(Path root) {
        if (!Files.isDirectory(root)) {
            return new SourceTree(List.of(), 0);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> files = walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            long lines = 0;
            for (Path file : files) {
                try (Stream<String> text = Files.lines(file)) {
                    lines += text.count();
                }
            }
            return new SourceTree(files, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
