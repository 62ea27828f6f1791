package dev.tristate.generator.write;

import dev.tristate.generator.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Checks, before the spec is read, that each place output goes can be written, without creating anything: a run
 * that fails must leave no trace, and one that cannot write should say so before it writes half of its files.
 * Also turns an I/O failure while writing into one plain line naming the path.
 */
public final class OutputPaths {

    private OutputPaths() {}

    /** Adds a problem when {@code directory} cannot be (or be made) a writable directory. */
    public static void checkDirectory(String setting, Path directory, List<Problem> problems) {
        if (directory == null) {
            return;
        }
        Path absolute = directory.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            problems.add(Problem.inConfiguration(setting + " " + directory + ": no part of the path exists"));
        } else if (!Files.isDirectory(existing)) {
            problems.add(Problem.inConfiguration(setting + " " + directory + ": " + (existing.equals(absolute)
                    ? "it is a file, not a directory" : existing + " is a file, not a directory")));
        } else if (!Files.isWritable(existing)) {
            problems.add(Problem.inConfiguration(setting + " " + directory + ": " + (existing.equals(absolute)
                    ? "the directory is not writable" : "cannot create it, " + existing + " is not writable")));
        }
    }

    /** Adds a problem when {@code file} cannot be written (its folder checked as {@link #checkDirectory} does). */
    public static void checkFile(String setting, Path file, List<Problem> problems) {
        if (file == null) {
            return;
        }
        if (Files.isDirectory(file)) {
            problems.add(Problem.inConfiguration(setting + " " + file + ": it is a directory, not a file"));
            return;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent != null) {
            checkDirectory(setting, parent, problems);
        }
    }

    /** An I/O failure as the reason a user can act on, without the Java exception's name. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }
}
