package dev.tristate.corpus;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToLongFunction;

/** The per-spec table of a corpus run, in Markdown: what docs/corpus.md quotes. */
final class CorpusTable {

    private CorpusTable() {}

    /**
     * @param specDefects keys ({@link KnownDefects.Entry#key()}) of failures explained as defects of the spec
     * @param generatorDefects keys of failures explained as defects of the generator
     */
    static String render(List<SpecOutcome> outcomes, Set<String> specDefects, Set<String> generatorDefects) {
        StringBuilder table = new StringBuilder();
        table.append("| spec | schemas | files | lines generated | generation ms | javac ms | javac warnings"
                + " | examples round-tripped | failures (spec / generator / unexplained) | examples no generated"
                + " type reads |\n");
        table.append("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n");
        for (SpecOutcome o : outcomes) {
            table.append(row(o.spec() + buildFailure(o), o.schemas(), o.files(), o.lines(), o.generationMillis(),
                    o.javacMillis(), o.javacWarnings(), examples(o.roundTripped(), o.examples(), o.untypedExamples(), o.examplesRun()),
                    failures(o.failures(), specDefects, generatorDefects), o.unreached().size()));
        }
        List<ExampleFailure> allFailures = outcomes.stream().flatMap(o -> o.failures().stream()).toList();
        table.append(row("**total**", sum(outcomes, SpecOutcome::schemas), sum(outcomes, SpecOutcome::files),
                sum(outcomes, SpecOutcome::lines), sum(outcomes, SpecOutcome::generationMillis),
                sum(outcomes, SpecOutcome::javacMillis), sum(outcomes, SpecOutcome::javacWarnings),
                examples(sum(outcomes, SpecOutcome::roundTripped), sum(outcomes, SpecOutcome::examples),
                        sum(outcomes, o -> o.examplesRun() ? o.untypedExamples() : 0), true),
                failures(allFailures, specDefects, generatorDefects), sum(outcomes, o -> o.unreached().size())));
        return table.toString();
    }

    private static String row(String spec, long schemas, long files, long lines, long generationMillis,
            long javacMillis, long warnings, String examples, String failures, long unreached) {
        return String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d | %,d | %,d | %s | %s | %,d |%n",
                spec, schemas, files, lines, generationMillis, javacMillis, warnings, examples, failures, unreached);
    }

    private static String examples(long roundTripped, long examples, long untyped, boolean run) {
        String asObject = untyped == 0 ? "" : String.format(Locale.ROOT, " (%,d as Object)", untyped);
        return run
                ? String.format(Locale.ROOT, "%,d of %,d%s", roundTripped, examples, asObject)
                : String.format(Locale.ROOT, "not run (%,d)", examples);
    }

    private static String buildFailure(SpecOutcome outcome) {
        if (outcome.built()) {
            return "";
        }
        String key = outcome.buildFailures().get(0).examplePointer();
        if (key.equals(SpecRun.GENERATION)) {
            return " (generation FAILED)";
        }
        if (key.equals(SpecRun.NO_MODELS)) {
            return " (no models)";
        }
        return " (javac FAILED: " + outcome.buildFailures().size() + " files)";
    }

    private static String failures(List<ExampleFailure> failures, Set<String> specDefects,
            Set<String> generatorDefects) {
        long spec = failures.stream().filter(f -> specDefects.contains(key(f))).count();
        long generator = failures.stream().filter(f -> generatorDefects.contains(key(f))).count();
        long unexplained = failures.size() - spec - generator;
        return String.format(Locale.ROOT, "%,d (%,d / %,d / %,d)", failures.size(), spec, generator, unexplained);
    }

    static String key(ExampleFailure failure) {
        return KnownDefects.Entry.key(failure.spec(), failure.examplePointer());
    }

    private static long sum(List<SpecOutcome> outcomes, ToLongFunction<SpecOutcome> column) {
        return outcomes.stream().mapToLong(column).sum();
    }
}
