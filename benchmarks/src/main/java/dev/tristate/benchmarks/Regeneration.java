package dev.tristate.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Regenerating after a one-property change, and memory at the JVM's default settings, side by side in one run.
 * Per round: Tristate's full run; a run with incremental state on the spec as it was (not measured: it records the
 * state); the measured run after one property is added to one schema; OpenAPI Generator's full run; the floor. Every
 * process is a plain {@code java} without heap options, as the CLI is started and as a build's JVM usually runs:
 * the default heap (a quarter of the memory) is what lets a JVM grow.
 */
final class Regeneration {

    static final List<String> SPECS = List.of("github.json", "box.json");
    private static final List<String> DEFAULT_JVM = List.of("java");

    /** One spec's medians: the four full or regenerating runs, or why the round failed. */
    record Row(String spec, GenerationBenchmark.ToolResult full, GenerationBenchmark.ToolResult regenerate,
            GenerationBenchmark.ToolResult oag, GenerationBenchmark.ToolResult floor, String failed) {}

    /** The measurements of one tool over the rounds. */
    private static final class Runs {
        final List<Long> millis = new ArrayList<>();
        final List<Long> peaks = new ArrayList<>();

        void add(Measured run) {
            millis.add(run.millis());
            peaks.add(run.peakKb());
        }

        GenerationBenchmark.ToolResult result() {
            return new GenerationBenchmark.ToolResult(Stats.of(millis), Stats.of(peaks), "", null, null);
        }
    }

    private Regeneration() {}

    static Row measure(GenerationBenchmark benchmark, Path out, Path spec, int measured, boolean warmUp)
            throws IOException, InterruptedException {
        String name = spec.getFileName().toString();
        Path work = out.resolve("regenerate").resolve(name.replaceAll("\\W", "_"));
        boolean yaml = !name.endsWith(".json");
        ObjectMapper mapper = yaml ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        JsonNode original = mapper.readTree(spec.toFile());
        JsonNode changed = withOneMoreProperty(original.deepCopy());
        // Both revisions are written by the same mapper, so the one property is the only difference.
        Path input = work.resolve("api." + (yaml ? "yaml" : "json"));
        Files.createDirectories(work);
        Runs full = new Runs();
        Runs regenerate = new Runs();
        Runs oag = new Runs();
        Runs floor = new Runs();
        for (int i = 0; i < measured + (warmUp ? 1 : 0); i++) {
            mapper.writeValue(input.toFile(), original);
            GenerationBenchmark.delete(work.resolve("full"));
            Measured fullRun = run(benchmark.tristateArguments(input, work.resolve("full"), null), work, "full", i);
            Measured prime = run(benchmark.tristateArguments(input, work.resolve("incremental"),
                    work.resolve("state")), work, "prime", i);
            mapper.writeValue(input.toFile(), changed);
            Measured regenerated = run(benchmark.tristateArguments(input, work.resolve("incremental"),
                    work.resolve("state")), work, "regenerate", i);
            GenerationBenchmark.delete(work.resolve("openapi-generator"));
            Measured oagRun = run(benchmark.openApiGeneratorArguments(spec, work.resolve("openapi-generator")), work,
                    "openapi-generator", i);
            Measured floorRun = run(benchmark.floorArguments(spec), work, "floor", i);
            for (Measured m : List.of(fullRun, prime, regenerated, oagRun, floorRun)) {
                if (m.exitCode() != 0) {
                    return new Row(name, null, null, null, null, m.output().lines().findFirst().orElse("?"));
                }
            }
            if (!regenerated.output().contains("tristate: generated")) {
                return new Row(name, null, null, null, null, "the run after the change did not regenerate");
            }
            if (!(warmUp && i == 0)) {
                full.add(fullRun);
                regenerate.add(regenerated);
                oag.add(oagRun);
                floor.add(floorRun);
            }
        }
        return new Row(name, full.result(), regenerate.result(), oag.result(), floor.result(), "");
    }

    static String markdown(List<Row> rows, boolean smoke) {
        StringBuilder md = new StringBuilder("## Regenerating, and memory at default JVM settings\n\n");
        md.append(smoke ? "Smoke mode (one round): checks the harness, measures nothing.\n\n"
                : "One warm-up and five measured rounds per spec, every process a plain `java` (default heap); "
                        + "medians (min–max). A round: Tristate's full run, Tristate after a one-property change "
                        + "with incremental state, OpenAPI Generator's full run, Swagger Parser alone.\n\n");
        md.append("| spec | regenerate / full run | regenerate / floor | full run: Tristate / OpenAPI Generator | "
                + "peak RSS: Tristate / OpenAPI Generator | peak RSS: Tristate / floor |\n|---|---|---|---|---|---|\n");
        for (Row r : rows) {
            if (!r.failed().isEmpty()) {
                md.append("| ").append(r.spec()).append(" | failed: ").append(r.failed().replace('|', '/'))
                        .append(" | | | | |\n");
                continue;
            }
            md.append("| ").append(r.spec())
                    .append(" | ").append(Report.ratio(r.regenerate().millis(), r.full().millis()))
                    .append(" | ").append(Report.ratio(r.regenerate().millis(), r.floor().millis()))
                    .append(" | ").append(Report.ratio(r.full().millis(), r.oag().millis()))
                    .append(" | ").append(Report.ratio(r.full().peakKb(), r.oag().peakKb()))
                    .append(" | ").append(Report.ratio(r.full().peakKb(), r.floor().peakKb())).append(" |\n");
        }
        md.append("\n| spec | run | wall | peak RSS |\n|---|---|---|---|\n");
        for (Row r : rows) {
            if (r.failed().isEmpty()) {
                row(md, r.spec(), "Tristate, full run", r.full());
                row(md, r.spec(), "Tristate, after a one-property change", r.regenerate());
                row(md, r.spec(), "OpenAPI Generator 7.25.0, full run", r.oag());
                row(md, r.spec(), "Swagger Parser alone (floor)", r.floor());
            }
        }
        return md.toString();
    }

    private static void row(StringBuilder md, String spec, String run, GenerationBenchmark.ToolResult result) {
        md.append("| ").append(spec).append(" | ").append(run).append(" | ").append(result.millis().millis())
                .append(" | ").append(result.peakKb().megabytes()).append(" |\n");
    }

    private static Measured run(List<String> arguments, Path work, String what, int round)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(DEFAULT_JVM);
        command.addAll(arguments);
        return Measured.run(command, work.resolve("logs/" + what + "-" + round + ".log"));
    }

    /** The spec with one optional string property added to the first schema that declares properties. */
    static JsonNode withOneMoreProperty(JsonNode document) {
        for (Map.Entry<String, JsonNode> schema : document.path("components").path("schemas").properties()) {
            JsonNode properties = schema.getValue().path("properties");
            if (properties.isObject()) {
                ((ObjectNode) properties).putObject("tristate_benchmark_added").put("type", "string");
                return document;
            }
        }
        throw new IllegalArgumentException("no schema with properties to change");
    }
}
