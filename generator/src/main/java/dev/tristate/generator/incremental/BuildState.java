package dev.tristate.generator.incremental;

import java.util.List;

/**
 * What the last successful run recorded, so the next one can tell whether anything changed and which of its
 * files have become stale.
 *
 * @param fingerprint digest of the generator version, the configuration and every input file's bytes
 * @param outputDirectory the absolute output directory the outputs were written below
 * @param inputs every file the spec was read from
 * @param outputs every file written, relative to the output directory, with its modification time after the run
 * @param docsDirectory the absolute directory the documentation pages were written below; empty when the run
 *     wrote none
 * @param docOutputs every documentation page written, relative to the docs directory, with its modification time
 */
public record BuildState(String fingerprint, String outputDirectory, List<Input> inputs, List<Output> outputs,
        String docsDirectory, List<Output> docOutputs) {

    public BuildState {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        docsDirectory = docsDirectory == null ? "" : docsDirectory;
        docOutputs = List.copyOf(docOutputs);
    }

    /** A state without documentation. */
    public BuildState(String fingerprint, String outputDirectory, List<Input> inputs, List<Output> outputs) {
        this(fingerprint, outputDirectory, inputs, outputs, "", List.of());
    }

    /**
     * One file the spec was read from: where it is, and its size and modification time when its digest was taken,
     * so an untouched file need not be read again to be fingerprinted.
     */
    public record Input(String path, long size, long lastModified, String sha256) {}

    /**
     * One generated file: where it is below its root, and its modification time, size and SHA-256 (hex) after the
     * run, so a file is deleted as stale only while it is exactly what the generator wrote; and the digest of
     * everything its text was made from (see {@link EmissionKeys}), empty for a documentation page, so a later run
     * can tell it need not make the file again.
     */
    public record Output(String path, long lastModified, long size, String sha256, String emissionKey) {

        public Output {
            emissionKey = emissionKey == null ? "" : emissionKey;
        }
    }
}
