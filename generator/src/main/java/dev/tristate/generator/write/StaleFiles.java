package dev.tristate.generator.write;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Deletes what the previous run wrote and this run did not: only files the generator recorded as its own, never
 * anything else in the output directory. Directories left empty by a deletion (an old package) go too.
 */
public final class StaleFiles {

    private StaleFiles() {}

    /**
     * @param previousRoot the output directory of the previous run
     * @param previous the files it wrote, relative to previousRoot
     * @param currentRoot this run's output directory
     * @param current the files this run wrote, relative to currentRoot
     * @return the deleted files, relative to previousRoot
     */
    public static List<Path> delete(Path previousRoot, Collection<Path> previous, Path currentRoot,
            Set<Path> current) {
        List<Path> deleted = new ArrayList<>();
        boolean sameRoot = previousRoot.toAbsolutePath().normalize().equals(currentRoot.toAbsolutePath().normalize());
        for (Path file : previous) {
            if (sameRoot && current.contains(file)) {
                continue;
            }
            Path target = previousRoot.resolve(file);
            try {
                if (Files.deleteIfExists(target)) {
                    deleted.add(file);
                    pruneEmptyParents(target.getParent(), previousRoot);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete stale " + target + ": " + e.getMessage(), e);
            }
        }
        return deleted;
    }

    private static void pruneEmptyParents(Path directory, Path root) throws IOException {
        Path stop = root.toAbsolutePath().normalize();
        for (Path d = directory.toAbsolutePath().normalize(); d != null && d.startsWith(stop) && !d.equals(stop);
                d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
