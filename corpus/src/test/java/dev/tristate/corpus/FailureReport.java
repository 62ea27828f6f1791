package dev.tristate.corpus;

import java.util.List;

/** The examples that failed and the ones no generated type reads, spec by spec, for people. */
final class FailureReport {

    private FailureReport() {}

    static String details(List<SpecOutcome> outcomes) {
        StringBuilder text = new StringBuilder();
        for (SpecOutcome outcome : outcomes) {
            if (outcome.built() && outcome.failures().isEmpty() && outcome.unreached().isEmpty()) {
                continue;
            }
            text.append("## ").append(outcome.spec()).append("\n\n");
            if (!outcome.built()) {
                text.append("Generation or compilation failed (spec, what, where, why):\n\n");
                outcome.buildFailures().forEach(f -> text.append(row(f)).append(' ')
                        .append(f.message().replace("|", "\\|").replace("\n", "<br>")).append(" |\n"));
                text.append('\n');
            }
            if (!outcome.failures().isEmpty()) {
                text.append("Failures (spec, example, where, what reads it: what happened; the example):\n\n");
                for (ExampleFailure failure : outcome.failures()) {
                    text.append(row(failure)).append(' ').append(failure.target()).append(": ")
                            .append(failure.message().replace("|", "\\|")).append("; `")
                            .append(failure.shortExample()).append("` |\n");
                }
                text.append('\n');
            }
            if (!outcome.unreached().isEmpty()) {
                text.append("Examples no generated type reads:\n\n");
                for (ExampleSites.Unreached unreached : outcome.unreached()) {
                    text.append("- `").append(unreached.location()).append("` `")
                            .append(unreached.examplePointer()).append("`: ").append(unreached.why()).append('\n');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    /** The start of a known-defect row for a failure: spec, example pointer, location. */
    static String row(ExampleFailure failure) {
        return "| " + failure.spec() + " | `" + failure.examplePointer() + "` | `" + failure.location() + "` |";
    }
}
