package dev.tristate.generator.roundtrip;

import java.util.List;
import java.util.Map;

/**
 * The text a failing run ends with: the seed and how to reproduce, then for each kind of failure (see
 * {@link Failure#category()}) its first occurrence and the minimal schema it shrank to; the first kind also with
 * its full schema and instance.
 */
final class FailureReport {

    private static final int LISTED = 40;

    private FailureReport() {}

    /** A failure and the smallest spec it shrank to, or null when there was no time to shrink it. */
    record Shrunk(Failure first, Shrinker.Shrunk minimal) {}

    static String of(RoundTripSettings settings, List<Failure> failures, Map<String, Shrunk> byCategory) {
        StringBuilder text = new StringBuilder();
        text.append(failures.size()).append(" round-trip property failure(s) of ").append(byCategory.size())
                .append(" kind(s), seed ").append(settings.seed()).append(".\nReproduce the run: ./mvnw -B -pl generator "
                        + "test -Dtest=RoundTripPropertyTest ").append(settings.reproduceFlags(settings.onlySpec()))
                .append('\n');
        int kind = 0;
        for (Map.Entry<String, Shrunk> entry : byCategory.entrySet()) {
            kind++;
            Failure first = entry.getValue().first();
            long count = failures.stream().filter(f -> f.category().equals(entry.getKey())).count();
            text.append("\n=== Kind ").append(kind).append(" of ").append(byCategory.size()).append(": ")
                    .append(entry.getKey()).append(" (").append(count).append(" failure(s); first in spec ")
                    .append(first.specIndex()).append(", OpenAPI ").append(first.spec().openApiVersion())
                    .append(first.component() == null ? "" : ", component '" + first.component() + "'").append(")\n")
                    .append("Reproduce: ./mvnw -B -pl generator test -Dtest=RoundTripPropertyTest ")
                    .append(settings.reproduceFlags(first.specIndex())).append('\n')
                    .append("Failure:\n").append(indent(first.message())).append('\n');
            if (kind == 1 && first.instance() != null) {
                text.append("Instance:\n").append(indent(first.instance().json())).append('\n')
                        .append("Expected back:\n").append(indent(first.instance().expected().toString())).append('\n')
                        .append("Schema (component '").append(first.component()).append("' and what it references):\n")
                        .append(indent(SpecRenderer.yaml(first.spec().closure(first.component()), "Failing")))
                        .append('\n');
            }
            appendMinimal(text, entry.getValue().minimal());
        }
        text.append("\nAll failures (spec, component: kind):\n");
        for (Failure f : failures.subList(0, Math.min(LISTED, failures.size()))) {
            text.append("  spec ").append(f.specIndex()).append(", ")
                    .append(f.component() == null ? "(whole spec)" : f.component()).append(": ")
                    .append(f.category()).append('\n');
        }
        if (failures.size() > LISTED) {
            text.append("  … and ").append(failures.size() - LISTED).append(" more\n");
        }
        return text.toString();
    }

    private static void appendMinimal(StringBuilder text, Shrinker.Shrunk shrunk) {
        if (shrunk == null) {
            text.append("(not shrunk: the time for shrinking was spent on the kinds above)\n");
            return;
        }
        text.append("Minimal schema (").append(shrunk.steps()).append(" shrink steps")
                .append(shrunk.complete() ? "" : "; stopped early, it may shrink further")
                .append(shrunk.root() == null ? "" : "; root component '" + shrunk.root() + "'").append("):\n")
                .append(indent(SpecRenderer.yaml(shrunk.spec(), "Minimal"))).append('\n')
                .append("Minimal failure:\n").append(indent(shrunk.message())).append('\n');
        if (shrunk.instance() != null) {
            text.append("Minimal instance:\n").append(indent(shrunk.instance().json())).append('\n')
                    .append("Expected back:\n").append(indent(shrunk.instance().expected().toString())).append('\n');
        }
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).reduce((a, b) -> a + "\n" + b).orElse("    ");
    }
}
