package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JMH's JSON result as Markdown: ratios of medians against issue 6's targets first, then the raw medians. Medians
 * are of the measured iterations (JMH's own score is their mean; the machine is shared, so medians are what we
 * quote).
 */
final class ThroughputReport {

    static final double VS_OPENAPI_GENERATOR = 1.0;
    static final double VS_HAND_WRITTEN = 0.8;
    static final double ALLOCATION_VS_HAND_WRITTEN = 1.2;
    private static final String SECTION = "## JSON throughput";

    private ThroughputReport() {}

    /** One benchmark's medians: ops/s (with min and max), CPU time per op, allocation per op. */
    record Measurement(double opsPerSecond, double min, double max, double cpuNanosPerOp, double bytesPerOp) {}

    /** What is compared across implementations: one schema, payload size and direction. */
    record Case(String schema, int size, String direction) {}

    /** Which of two measurements' values a ratio compares, oriented so that above 1 means Tristate does better. */
    private enum Metric { OPS, CPU, ALLOCATION }

    static String markdown(byte[] jmhJson, boolean smoke, String date) throws IOException {
        Map<Case, Map<Implementation, Measurement>> cases = parse(jmhJson);
        StringBuilder md = new StringBuilder();
        md.append(smoke ? "Smoke mode (one 0.1 s iteration each, a single Connection only): checks the harness, "
                        + "measures nothing.\n\n"
                : "JMH, 1 fork per benchmark, 5 warm-up iterations of 1 s and 5 measured ones of 0.5 s, `-prof gc` "
                        + "and CPU time per operation; medians of the iterations (ops/s: min–max). " + date + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("java.version") + ". Size 1 is the seed example as one object, 1000 a "
                        + "list of 1,000 variations of it. Ratios are Tristate's throughput over the other's "
                        + "(wall: ops/s; CPU: operations per CPU-second, which the machine's other load disturbs "
                        + "less) and Tristate's allocation over hand-written's. ✗ marks a missed target: "
                        + "throughput ≥ 1.0× OpenAPI Generator and ≥ 0.8× hand-written; allocation ≤ 1.2× "
                        + "hand-written.\n\n");
        md.append("| schema | size | direction | wall: Tristate / OpenAPI Generator | wall: Tristate / hand-written"
                + " | CPU: Tristate / OpenAPI Generator | CPU: Tristate / hand-written"
                + " | B/op: Tristate / hand-written |\n|---|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Case, Map<Implementation, Measurement>> entry : cases.entrySet()) {
            Case c = entry.getKey();
            Map<Implementation, Measurement> m = entry.getValue();
            Measurement tristate = m.get(Implementation.TRISTATE);
            Measurement oag = m.get(Implementation.OPENAPI_GENERATOR);
            Measurement hand = m.get(Implementation.HAND_WRITTEN);
            md.append("| ").append(c.schema()).append(" | ").append(c.size()).append(" | ").append(c.direction())
                    .append(" | ").append(ratio(tristate, oag, Metric.OPS, VS_OPENAPI_GENERATOR))
                    .append(" | ").append(ratio(tristate, hand, Metric.OPS, VS_HAND_WRITTEN))
                    .append(" | ").append(ratio(tristate, oag, Metric.CPU, VS_OPENAPI_GENERATOR))
                    .append(" | ").append(ratio(tristate, hand, Metric.CPU, VS_HAND_WRITTEN))
                    .append(" | ").append(ratio(tristate, hand, Metric.ALLOCATION, ALLOCATION_VS_HAND_WRITTEN))
                    .append(" |\n");
        }
        md.append("\n| schema | size | direction | implementation | ops/s | CPU µs/op | B/op |\n"
                + "|---|---|---|---|---|---|---|\n");
        for (Map.Entry<Case, Map<Implementation, Measurement>> entry : cases.entrySet()) {
            Case c = entry.getKey();
            for (Map.Entry<Implementation, Measurement> result : entry.getValue().entrySet()) {
                Measurement m = result.getValue();
                md.append(String.format("| %s | %d | %s | %s | %,.0f (%,.0f–%,.0f) | %,.2f | %,.0f |%n", c.schema(),
                        c.size(), c.direction(), result.getKey().label(), m.opsPerSecond(), m.min(), m.max(),
                        m.cpuNanosPerOp() / 1000, m.bytesPerOp()));
            }
        }
        return md.toString();
    }

    /** Replaces (or adds) the JSON-throughput section at the end of benchmark.md, when the file is there. */
    static void fold(Path benchmarkMd, String body) throws IOException {
        if (!Files.exists(benchmarkMd)) {
            return;
        }
        String text = Files.readString(benchmarkMd);
        int at = text.indexOf(SECTION);
        String before = at < 0 ? text.stripTrailing() + "\n\n" : text.substring(0, at);
        Files.writeString(benchmarkMd, before + SECTION + "\n\n" + body);
    }

    static Map<Case, Map<Implementation, Measurement>> parse(byte[] jmhJson) throws IOException {
        Map<Case, Map<Implementation, Measurement>> cases = new LinkedHashMap<>();
        List<JsonNode> runs = new ArrayList<>();
        Json.MAPPER.readTree(jmhJson).forEach(runs::add);
        // Report order: schema as declared, size, read before write; JMH's own order is by method first.
        runs.sort(Comparator.comparing(ThroughputReport::order));
        for (JsonNode run : runs) {
            JsonNode params = run.get("params");
            Case c = new Case(params.get("schema").asText(), params.get("size").asInt(), method(run));
            List<Double> ops = raw(run.get("primaryMetric"));
            JsonNode secondary = run.get("secondaryMetrics");
            cases.computeIfAbsent(c, k -> new EnumMap<>(Implementation.class)).put(
                    Implementation.valueOf(params.get("variant").asText()),
                    new Measurement(median(ops), ops.get(0), ops.get(ops.size() - 1),
                            median(secondary, "cpu.time.norm"), median(secondary, "gc.alloc.rate.norm")));
        }
        return cases;
    }

    private static String order(JsonNode run) {
        JsonNode params = run.get("params");
        return String.format("%d %06d %s", Schema.named(params.get("schema").asText()).ordinal(),
                params.get("size").asInt(), method(run));
    }

    /** "read" or "write": the benchmark method's name. */
    private static String method(JsonNode run) {
        return run.get("benchmark").asText().replaceAll(".*\\.", "");
    }

    private static double median(JsonNode secondaryMetrics, String name) {
        JsonNode metric = secondaryMetrics.get(name);
        return metric == null ? Double.NaN : median(raw(metric));
    }

    /** Every iteration's value, sorted. */
    private static List<Double> raw(JsonNode metric) {
        List<Double> values = new ArrayList<>();
        metric.get("rawData").forEach(fork -> fork.forEach(v -> values.add(v.asDouble())));
        Collections.sort(values);
        return values;
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Tristate against another, above 1 when Tristate does better, with a ✗ where the target is missed. */
    private static String ratio(Measurement tristate, Measurement other, Metric metric, double target) {
        if (tristate == null || other == null) {
            return "–";
        }
        double r;
        switch (metric) {
            case OPS:
                r = tristate.opsPerSecond() / other.opsPerSecond();
                break;
            case CPU:
                r = other.cpuNanosPerOp() / tristate.cpuNanosPerOp();
                break;
            default:
                r = tristate.bytesPerOp() / other.bytesPerOp();
        }
        boolean missed = metric == Metric.ALLOCATION ? r > target : r < target;
        return String.format("%.2f%s", r, missed ? " ✗" : "");
    }
}
