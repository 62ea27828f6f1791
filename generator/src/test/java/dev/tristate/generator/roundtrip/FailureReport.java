package dev.tristate.generator.roundtrip;

import java.util.List;

/** The text a failing run ends with: seed, how to reproduce, the schema and instance, and the minimal schema. */
final class FailureReport {

    private static final int OTHERS_SHOWN = 40;

    private FailureReport() {}

    static String of(RoundTripSettings settings, List<Failure> failures, Failure first, Shrinker.Shrunk shrunk) {
        StringBuilder text = new StringBuilder();
        text.append(failures.size()).append(" round-trip property failure(s), seed ").append(first.seed())
                .append(".\n\nFirst: ").append(first.kind()).append(" in spec ").append(first.specIndex())
                .append(" (OpenAPI ").append(first.spec().openApiVersion()).append(")")
                .append(first.component() == null ? "" : ", component '" + first.component() + "'").append('\n')
                .append("Reproduce: ./mvnw -B -pl generator test -Dtest=RoundTripPropertyTest ")
                .append(settings.reproduceFlags(first.specIndex())).append("\n\n")
                .append("Failure:\n").append(indent(first.message())).append('\n');
        if (first.instance() != null) {
            text.append("Instance:\n").append(indent(first.instance().json())).append('\n')
                    .append("Expected back:\n").append(indent(first.instance().expected().toString())).append('\n')
                    .append("Schema (component '").append(first.component()).append("' and what it references):\n")
                    .append(indent(SpecRenderer.yaml(first.spec().closure(first.component()), "Failing"))).append('\n');
        }
        text.append("Minimal schema (").append(shrunk.steps()).append(" shrink steps")
                .append(shrunk.complete() ? "" : "; shrinking stopped early, it may shrink further")
                .append(shrunk.root() == null ? "" : "; root component '" + shrunk.root() + "'").append("):\n")
                .append(indent(SpecRenderer.yaml(shrunk.spec(), "Minimal"))).append('\n')
                .append("Minimal failure:\n").append(indent(shrunk.message())).append('\n');
        if (shrunk.instance() != null) {
            text.append("Minimal instance:\n").append(indent(shrunk.instance().json())).append('\n')
                    .append("Expected back:\n").append(indent(shrunk.instance().expected().toString())).append('\n');
        }
        if (failures.size() > 1) {
            text.append("All failures (spec, component: first line):\n");
            for (Failure f : failures.subList(0, Math.min(OTHERS_SHOWN, failures.size()))) {
                String line = f.message().lines().findFirst().orElse("");
                text.append("  spec ").append(f.specIndex()).append(", ")
                        .append(f.component() == null ? "(whole spec)" : f.component()).append(": ")
                        .append(f.kind()).append(": ").append(line.length() > 200 ? line.substring(0, 200) + "…" : line)
                        .append('\n');
            }
            if (failures.size() > OTHERS_SHOWN) {
                text.append("  … and ").append(failures.size() - OTHERS_SHOWN).append(" more\n");
            }
        }
        return text.toString();
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse("    ");
    }
}
