package dev.tristate.generator.write;

import dev.tristate.generator.emit.GeneratedFile;
import dev.tristate.generator.read.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes generated files below an output directory, only where the bytes differ from what is there, so unchanged
 * files keep their timestamps and javac has nothing to recompile. Each file is written to a temporary sibling and
 * moved into place, so a reader never sees half a file. Safe to call from several threads; the lists it returns
 * are sorted, so they do not depend on which thread finished first.
 */
public final class SourceWriter {

    private final Path outputDirectory;
    private final List<Path> written = Collections.synchronizedList(new ArrayList<>());
    private final List<Path> changed = Collections.synchronizedList(new ArrayList<>());
    private final Map<Path, String> digests = new ConcurrentHashMap<>();
    private final List<Path> kept = Collections.synchronizedList(new ArrayList<>());

    public SourceWriter(Path outputDirectory) {
        this.outputDirectory = outputDirectory;
    }

    public void write(GeneratedFile file) {
        Path target = outputDirectory.resolve(file.relativePath());
        byte[] bytes = file.content().getBytes(StandardCharsets.UTF_8);
        written.add(file.relativePath());
        digests.put(file.relativePath(), Hashes.hex(Hashes.sha256(bytes)));
        try {
            if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
                return;
            }
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                Files.write(temporary, bytes);
                move(temporary, target);
            } finally {
                Files.deleteIfExists(temporary);
            }
            changed.add(file.relativePath());
        } catch (IOException e) {
            throw new OutputFailure("write the file", target, e);
        }
    }

    /**
     * Records a file as part of the output without writing it: the caller has shown it is, byte for byte, what it
     * would write (see EmissionKeys), so only its recorded digest is taken on.
     */
    public void keep(Path relativePath, String sha256) {
        written.add(relativePath);
        kept.add(relativePath);
        digests.put(relativePath, sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Every file handed to this writer, sorted. */
    public List<Path> written() {
        return sorted(written);
    }

    /** SHA-256 (hex) of the bytes of a file handed to this writer. */
    public String digest(Path relativePath) {
        return digests.get(relativePath);
    }

    /** The files recorded with {@link #keep}, sorted. */
    public List<Path> kept() {
        return sorted(kept);
    }

    /** The files whose bytes changed on disk. */
    public List<Path> changed() {
        return sorted(changed);
    }

    private static List<Path> sorted(List<Path> paths) {
        synchronized (paths) {
            List<Path> copy = new ArrayList<>(paths);
            copy.sort(null);
            return List.copyOf(copy);
        }
    }
}
