package dev.tristate.generator;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be generated. Carries every problem found, not only the first, so one build shows them all.
 * Thrown before anything is written.
 */
public final class GenerationException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public GenerationException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public GenerationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
