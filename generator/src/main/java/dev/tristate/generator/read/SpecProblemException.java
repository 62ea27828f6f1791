package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import java.util.List;

/** Reading stopped; the problems say why. Turned into the public GenerationException by the Generator. */
public final class SpecProblemException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SpecProblemException(List<Problem> problems) {
        super(problems.isEmpty() ? "" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public SpecProblemException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
