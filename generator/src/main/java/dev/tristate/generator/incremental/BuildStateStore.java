package dev.tristate.generator.incremental;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/** Reads and writes {@code state.json} in one execution's state directory. */
public final class BuildStateStore {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public BuildStateStore(Path stateDirectory) {
        this.file = stateDirectory.resolve("state.json");
    }

    /** The last run's state; empty when there is none or it cannot be read (then everything is regenerated). */
    public Optional<BuildState> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), BuildState.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Replaces the state atomically, so a reader sees the old state or the new one, never half of one. */
    public void write(BuildState state) {
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "state", ".tmp");
            try {
                JSON.writeValue(temporary.toFile(), state);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
