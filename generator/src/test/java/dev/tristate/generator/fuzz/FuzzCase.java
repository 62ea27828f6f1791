package dev.tristate.generator.fuzz;

/**
 * One mutated spec and how it is run.
 *
 * @param index the case number within the run (with the run's seed, it reproduces the case)
 * @param seedName the spec it was mutated from (a path relative to the repository)
 * @param kind what was done to it
 * @param detail where and how, for the failure message
 * @param spec the mutated root document's bytes
 * @param expectLine when the mutation makes the document unreadable at a known line (an invalid byte), that line;
 *     an error must then point at it; 0 when no such line is known
 * @param setup what the output directory holds before the run
 */
public record FuzzCase(int index, String seedName, Mutator.Kind kind, String detail, byte[] spec, int expectLine,
        Setup setup) {

    /** What is in the output directory before the run. */
    public enum Setup {
        /** The output directory does not exist. */
        ABSENT,
        /** It exists and is empty. */
        EMPTY,
        /** It holds what the unmutated seed generates (files whose bytes and times must survive an error). */
        PRIOR,
        /** As PRIOR, and both runs keep incremental state ({@code --state}). */
        PRIOR_STATE,
        /** Fresh output and a fresh docs directory ({@code --docs}). */
        DOCS
    }

    @Override
    public String toString() {
        return "case " + index + " [" + kind.label() + "] " + seedName + ": " + detail + " (setup " + setup + ")";
    }
}
