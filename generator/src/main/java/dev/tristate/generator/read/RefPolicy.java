package dev.tristate.generator.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where a {@code $ref} may lead. A spec may read files below its root document's folder and below the allowed
 * directories, and remote documents (http, https) only when allowed. Checked before Swagger Parser reads
 * anything, so a refused reference is never read or fetched: a spec from another team cannot pull
 * {@code /etc/passwd} or a cloud metadata URL into generated code.
 *
 * @param allowedDirectories folders, besides the root document's own, that referenced files may be in
 * @param allowRemote whether http and https references are handed to Swagger Parser, which fetches them
 */
public record RefPolicy(List<Path> allowedDirectories, boolean allowRemote) {

    public RefPolicy {
        List<Path> absolute = new ArrayList<>();
        allowedDirectories.forEach(directory -> absolute.add(directory.toAbsolutePath().normalize()));
        allowedDirectories = List.copyOf(absolute);
    }

    /** Files below the root document's folder only, nothing remote. */
    public static RefPolicy defaults() {
        return new RefPolicy(List.of(), false);
    }

    /** The folders a spec whose root document is in {@code rootFolder} may read: that folder first. */
    List<Path> foldersFor(Path rootFolder) {
        List<Path> folders = new ArrayList<>();
        folders.add(rootFolder.toAbsolutePath().normalize());
        for (Path directory : allowedDirectories) {
            if (!folders.contains(directory)) {
                folders.add(directory);
            }
        }
        return folders;
    }
}
