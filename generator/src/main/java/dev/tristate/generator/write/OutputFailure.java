package dev.tristate.generator.write;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writing or deleting an output failed. Unchecked, because it crosses the emitters' callbacks; the generator turns
 * it into one problem line naming the path.
 */
public final class OutputFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path path;

    public OutputFailure(String action, Path path, IOException cause) {
        super("cannot " + action + ": " + OutputPaths.reason(cause), cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }
}
