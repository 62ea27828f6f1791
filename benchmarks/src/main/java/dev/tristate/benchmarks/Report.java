package dev.tristate.benchmarks;

import java.util.List;

/** The benchmark's Markdown: ratios of medians first (what the targets are stated in), then the raw medians. */
final class Report {

    private Report() {}

    static String markdown(List<GenerationBenchmark.SpecResult> results, boolean smoke, String date) {
        StringBuilder md = new StringBuilder("# Generation benchmark\n\n");
        md.append(smoke ? "Smoke mode (one run, no warm-up): checks the harness, measures nothing.\n\n"
                : "One warm-up and five measured runs per tool and spec, each its own JVM (`java -Xmx2g`); "
                        + "medians (min–max). " + date + ", " + Runtime.getRuntime().availableProcessors()
                        + " cores, " + System.getProperty("java.version") + ".\n\n");
        md.append("| spec | wall: Tristate / OpenAPI Generator | wall: Tristate / floor | peak RSS: Tristate / "
                + "OpenAPI Generator | peak RSS: Tristate / floor | lines: Tristate / OpenAPI Generator | "
                + "javac: Tristate / OpenAPI Generator |\n|---|---|---|---|---|---|---|\n");
        for (GenerationBenchmark.SpecResult r : results) {
            md.append("| ").append(r.spec())
                    .append(" | ").append(ratio(r.tristate().millis(), r.oag().millis()))
                    .append(" | ").append(ratio(r.tristate().millis(), r.floor().millis()))
                    .append(" | ").append(ratio(r.tristate().peakKb(), r.oag().peakKb()))
                    .append(" | ").append(ratio(r.tristate().peakKb(), r.floor().peakKb()))
                    .append(" | ").append(r.oagTree().lines() == 0 || r.tristateTree().lines() == 0 ? "–"
                            : String.format("%.2f", (double) r.tristateTree().lines() / r.oagTree().lines()))
                    .append(" | ").append(r.tristateJavac().ran() && r.oagJavac().ran() && r.oagJavac().errors() == 0
                            ? String.format("%.2f", (double) r.tristateJavac().millis() / r.oagJavac().millis())
                            : "–")
                    .append(" |\n");
        }
        md.append("\n| spec | tool | wall | peak RSS | files | lines | javac | javac RSS | compiles |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (GenerationBenchmark.SpecResult r : results) {
            row(md, r.spec(), "Tristate", r.tristate(), r.tristateTree(), r.tristateJavac());
            row(md, r.spec(), "OpenAPI Generator 7.25.0", r.oag(), r.oagTree(), r.oagJavac());
            row(md, r.spec(), "Swagger Parser alone (floor)", r.floor(), null, null);
        }
        md.append("\nWhere Tristate's time goes, as its CLI reports it (medians): reading and modelling, then emitting "
                + "and writing; JVM start-up and class loading are the rest of the wall time. Against the floor's "
                + "whole run, each phase alone.\n\n| spec | read | write | read / floor | write / floor |\n"
                + "|---|---|---|---|---|\n");
        for (GenerationBenchmark.SpecResult r : results) {
            if (r.tristate().readMillis() == null) {
                continue;
            }
            md.append("| ").append(r.spec()).append(" | ").append(r.tristate().readMillis().millis())
                    .append(" | ").append(r.tristate().writeMillis().millis())
                    .append(" | ").append(ratio(r.tristate().readMillis(), r.floor().millis()))
                    .append(" | ").append(ratio(r.tristate().writeMillis(), r.floor().millis())).append(" |\n");
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String spec, String tool, GenerationBenchmark.ToolResult result,
            SourceTree tree, GenerationBenchmark.Compile javac) {
        md.append("| ").append(spec).append(" | ").append(tool).append(" | ");
        if (!result.failed().isEmpty()) {
            md.append("failed: ").append(result.failed()).append(" | | | | | | |\n");
            return;
        }
        md.append(result.millis().millis()).append(" | ").append(result.peakKb().megabytes()).append(" | ");
        if (tree == null) {
            md.append("| | | | |\n");
            return;
        }
        md.append(String.format("%,d | %,d | ", tree.files().size(), tree.lines()));
        if (javac == null || !javac.ran()) {
            md.append("– | – | – |\n");
        } else {
            md.append(String.format("%,d ms | %,d MB | %s |%n", javac.millis(), javac.peakKb() / 1024,
                    javac.errors() == 0 ? "yes" : "no: " + javac.errors() + " errors"));
        }
    }

    static String ratio(Stats a, Stats b) {
        if (a == null || b == null || b.median() == 0) {
            return "–";
        }
        return String.format("%.2f", (double) a.median() / b.median());
    }
}
