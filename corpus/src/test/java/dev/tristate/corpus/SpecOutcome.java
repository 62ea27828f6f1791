package dev.tristate.corpus;

import java.util.List;

/**
 * What the suite found for one spec: the size of what was generated, how long generation and javac took, and how
 * the examples fared.
 *
 * @param schemas entries of {@code components.schemas} after Swagger Parser resolved the spec (in a multi-file spec
 *     this counts the schemas taken in from other files)
 * @param buildFailures why generation or compilation failed, one per generated file javac refused (its key is
 *     {@code javac: <file>}) or one for the generator ({@code generation}); empty when both succeeded
 * @param examples examples the generated Java reads
 * @param untypedExamples how many of the examples are read as {@code Object}, which takes any JSON
 * @param examplesRun false when nothing could be run because generation or compilation failed
 * @param failures the examples that did not come back unchanged
 * @param unreached examples on schemas no generated class or property stands for
 */
record SpecOutcome(
        String spec,
        int schemas,
        int files,
        long lines,
        long generationMillis,
        long javacMillis,
        int javacWarnings,
        List<ExampleFailure> buildFailures,
        int examples,
        int untypedExamples,
        boolean examplesRun,
        List<ExampleFailure> failures,
        List<ExampleSites.Unreached> unreached) {

    SpecOutcome {
        buildFailures = List.copyOf(buildFailures);
        failures = List.copyOf(failures);
        unreached = List.copyOf(unreached);
    }

    int roundTripped() {
        return examplesRun ? examples - failures.size() : 0;
    }

    boolean built() {
        return buildFailures.isEmpty();
    }
}
