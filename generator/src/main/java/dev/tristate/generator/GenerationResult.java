package dev.tristate.generator;

import dev.tristate.generator.evolution.ChangeReport;
import java.nio.file.Path;
import java.util.List;

/**
 * What a run did.
 *
 * @param status whether the run generated or found everything up to date
 * @param generatedFiles every file the output consists of, relative to the output directory, in a stable order
 * @param changedFiles the subset whose bytes differed from what was on disk and so was written
 * @param deletedFiles files the previous run wrote that this run no longer produces, now deleted
 *     (relative to the output directory they were written to)
 * @param warnings things the user should know that did not stop generation
 * @param changes what changed in the models since the baseline or the last run; null when there was nothing to
 *     compare with (a first run, or a skipped one)
 * @param generatedDocs every documentation page, relative to the docs directory, in a stable order; empty when
 *     no docs directory is configured
 * @param changedDocs the subset of pages whose bytes differed from what was on disk and so was written
 * @param deletedDocs pages the previous run wrote that this run no longer produces, now deleted (relative to the
 *     docs directory they were written to)
 * @param timings how long reading and writing took
 * @param reusedFiles the subset of generatedFiles not emitted at all: the last run wrote them from the same inputs
 *     (see {@code EmissionKeys}) and they are untouched since
 */
public record GenerationResult(
        Status status,
        List<Path> generatedFiles,
        List<Path> changedFiles,
        List<Path> deletedFiles,
        List<Problem> warnings,
        ChangeReport changes,
        List<Path> generatedDocs,
        List<Path> changedDocs,
        List<Path> deletedDocs,
        Timings timings,
        List<Path> reusedFiles) {

    /** The outcome of a run. */
    public enum Status {
        /** The spec was read and the output written where it changed. */
        GENERATED,
        /** Same fingerprint as the last run and its outputs untouched: nothing was read or written. */
        UP_TO_DATE
    }

    /**
     * Where a run's time went, for the CLI's summary line and the benchmark.
     *
     * @param readMillis reading the spec and its references (the part Swagger Parser alone also does, plus
     *     locations and reference checks), building the model and comparing it with the last one
     * @param writeMillis emitting and formatting the Java sources (and docs), writing the changed ones, deleting
     *     stale ones and recording the state
     */
    public record Timings(long readMillis, long writeMillis) {
        /** A run that read nothing and wrote nothing. */
        public static final Timings NONE = new Timings(0, 0);
    }

    public GenerationResult {
        generatedFiles = List.copyOf(generatedFiles);
        changedFiles = List.copyOf(changedFiles);
        deletedFiles = List.copyOf(deletedFiles);
        warnings = List.copyOf(warnings);
        generatedDocs = List.copyOf(generatedDocs);
        changedDocs = List.copyOf(changedDocs);
        deletedDocs = List.copyOf(deletedDocs);
        reusedFiles = List.copyOf(reusedFiles);
    }

    /**
     * The words every warning about a value Tristate could not type ends with: the value is then an {@code Object}
     * (any JSON value, kept and written back as read).
     */
    public static final String FALLBACK = "generated as Object (any JSON value)";

    /** How many warnings say a value fell back to {@code Object}: the summary line counts them. */
    public long fallbacks() {
        return warnings.stream().filter(w -> w.message().endsWith(FALLBACK)).count();
    }

    /** A result without documentation pages. */
    public GenerationResult(Status status, List<Path> generatedFiles, List<Path> changedFiles, List<Path> deletedFiles,
            List<Problem> warnings, ChangeReport changes) {
        this(status, generatedFiles, changedFiles, deletedFiles, warnings, changes, List.of(), List.of(), List.of(),
                Timings.NONE, List.of());
    }
}
