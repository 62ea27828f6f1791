package dev.tristate.generator.emit;

import java.nio.file.Path;

/**
 * One emitted source file.
 *
 * @param relativePath where it goes below the output directory ({@code dev/x/Connection.java})
 * @param content the exact text; same model, same text
 */
public record GeneratedFile(Path relativePath, String content) {}
