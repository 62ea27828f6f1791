package dev.tristate.openapigenerator;

import java.util.List;

/**
 * Tristate could not run inside OpenAPI Generator: an option it cannot honour, or a spec it cannot generate. The
 * message lists every problem, one per line ({@code path:line:col: message} for the spec's), so that
 * openapi-generator-maven-plugin's log and the CLI's stack trace show them as Tristate's own plugin would.
 * Unchecked, because OpenAPI Generator's hooks declare no exceptions; it reaches the user before anything is written.
 */
public final class TristateException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    TristateException(String headline, List<String> problems, Throwable cause) {
        super(headline + System.lineSeparator() + String.join(System.lineSeparator(), problems), cause);
        this.problems = List.copyOf(problems);
    }

    /** Each problem, one line each, in the order found. */
    public List<String> problems() {
        return problems;
    }
}
