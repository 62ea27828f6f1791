package dev.tristate.generator.write;

import dev.tristate.generator.incremental.BuildState;
import dev.tristate.generator.read.Hashes;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Deletes what the previous run wrote and this run did not: only files the generator recorded as its own, never
 * anything else. The record is a file in the build directory that anything may have changed, so it is trusted only
 * as far as it can be checked: a recorded path must lie below the recorded root, and the file there must still
 * have the size, modification time and SHA-256 recorded right after it was written. A file that fails a check is
 * kept, and said so. Directories left empty by a deletion (an old package) go too.
 */
public final class StaleFiles {

    /**
     * @param deleted the deleted files, relative to the previous root
     * @param kept why each stale file that was recorded but could not be proven the generator's was left alone
     */
    public record Result(List<Path> deleted, List<String> kept) {}

    private StaleFiles() {}

    /**
     * @param previousRoot the output directory of the previous run
     * @param previous the files it wrote, relative to previousRoot
     * @param currentRoot this run's output directory
     * @param current the files this run wrote, relative to currentRoot
     */
    public static Result delete(Path previousRoot, Collection<BuildState.Output> previous, Path currentRoot,
            Set<Path> current) {
        List<Path> deleted = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        Path root = previousRoot.toAbsolutePath().normalize();
        boolean sameRoot = root.equals(currentRoot.toAbsolutePath().normalize());
        for (BuildState.Output output : previous) {
            Path file;
            try {
                file = Path.of(output.path());
            } catch (InvalidPathException e) {
                kept.add("kept '" + output.path() + "': the recorded name is not a path");
                continue;
            }
            if (sameRoot && current.contains(file)) {
                continue;
            }
            Path target = root.resolve(file).normalize();
            if (file.isAbsolute() || !target.startsWith(root) || target.equals(root)) {
                kept.add("kept " + target + ": the state names it, but it is not below the output directory "
                        + root + " (the state file was edited)");
                continue;
            }
            try {
                String change = changedSinceWritten(target, output);
                if (change == null) {
                    Files.delete(target);
                    deleted.add(file);
                    pruneEmptyParents(target.getParent(), root);
                } else if (!change.isEmpty()) {
                    kept.add("kept " + target + ": it is no longer generated, but its " + change
                            + " differs from what Tristate wrote; delete it yourself if it is not needed");
                }
            } catch (IOException e) {
                throw new OutputFailure("delete the stale file", target, e);
            }
        }
        return new Result(List.copyOf(deleted), List.copyOf(kept));
    }

    /** Null when the file is as written; "" when it is gone; else which of its properties changed. */
    private static String changedSinceWritten(Path target, BuildState.Output output) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return "";
        }
        if (!attributes.isRegularFile()) {
            return "kind (it is no longer a regular file)";
        }
        if (attributes.size() != output.size()) {
            return "size";
        }
        if (attributes.lastModifiedTime().toMillis() != output.lastModified()) {
            return "modification time";
        }
        return Hashes.hex(Hashes.sha256(target)).equals(output.sha256()) ? null : "content";
    }

    private static void pruneEmptyParents(Path directory, Path root) throws IOException {
        for (Path d = directory; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
            try {
                Files.delete(d);
            } catch (DirectoryNotEmptyException e) {
                return;
            }
        }
    }
}
