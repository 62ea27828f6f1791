package dev.tristate.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be generated. Carries every problem found, not only the first, so one build shows them all, and
 * whose they are to fix: the spec's, the configuration's, or the place the output goes.
 * A spec or configuration problem is thrown before anything is written.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Whose problem it is; the command line gives each its own exit code. */
    public enum Kind {
        /** The spec (or a file it refers to) is wrong; each problem is located in it. */
        SPEC,
        /** A setting is wrong: a package name, an input or output path that cannot be used. */
        CONFIGURATION,
        /** Writing the output failed (a full disk, a permission taken away while running). */
        OUTPUT
    }

    private final transient List<Problem> problems;
    private final Kind kind;

    public GenerationException(List<Problem> problems) {
        this(Kind.SPEC, problems);
    }

    public GenerationException(Problem problem) {
        this(List.of(problem));
    }

    public GenerationException(Kind kind, List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
        this.kind = kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    public Kind kind() {
        return kind;
    }
}
