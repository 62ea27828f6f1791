package dev.tristate.generator;

import java.nio.file.Path;
import java.util.List;

/**
 * What a run did.
 *
 * @param generatedFiles every file this run produced, relative to the output directory, in a stable order
 * @param changedFiles the subset whose bytes differed from what was on disk and so was written
 * @param warnings things the user should know that did not stop generation
 */
public record GenerationResult(List<Path> generatedFiles, List<Path> changedFiles, List<Problem> warnings) {

    public GenerationResult {
        generatedFiles = List.copyOf(generatedFiles);
        changedFiles = List.copyOf(changedFiles);
        warnings = List.copyOf(warnings);
    }
}
