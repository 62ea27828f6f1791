package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

    /** One benchmark's medians, min and max. */
    record Measurement(double opsPerSecond, double min, double max, double bytesPerOp) {}

    /** What is compared across implementations: one schema, payload size and direction. */
    record Case(String schema, int size, String direction) {}

    static String markdown(byte[] jmhJson, boolean smoke, String date) throws IOException {
        Map<Case, Map<Implementation, Measurement>> cases = parse(jmhJson);
        StringBuilder md = new StringBuilder();
        md.append(smoke ? "Smoke mode (one 0.1 s iteration each): checks the harness, measures nothing.\n\n"
                : "JMH, 1 fork, 2 warm-up and 5 measured iterations of 1 s, `-prof gc`; medians of the iterations "
                        + "(min–max). " + date + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                        + System.getProperty("java.version") + ". Size 1 is the seed example as one object, 1000 a "
                        + "list of 1,000 variations of it. ✗ marks a missed target (Tristate ≥ 1.0× OpenAPI "
                        + "Generator and ≥ 0.8× hand-written in ops/s; allocation ≤ 1.2× hand-written).\n\n");
        md.append("| schema | size | direction | ops/s: Tristate / OpenAPI Generator | ops/s: Tristate / hand-written"
                + " | B/op: Tristate / hand-written |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<Case, Map<Implementation, Measurement>> entry : cases.entrySet()) {
            Case c = entry.getKey();
            Map<Implementation, Measurement> m = entry.getValue();
            Measurement tristate = m.get(Implementation.TRISTATE);
            Measurement oag = m.get(Implementation.OPENAPI_GENERATOR);
            Measurement hand = m.get(Implementation.HAND_WRITTEN);
            md.append("| ").append(c.schema()).append(" | ").append(c.size()).append(" | ").append(c.direction())
                    .append(" | ").append(ratio(tristate, oag, false, VS_OPENAPI_GENERATOR))
                    .append(" | ").append(ratio(tristate, hand, false, VS_HAND_WRITTEN))
                    .append(" | ").append(ratio(tristate, hand, true, ALLOCATION_VS_HAND_WRITTEN))
                    .append(" |\n");
        }
        md.append("\n| schema | size | direction | implementation | ops/s | B/op |\n|---|---|---|---|---|---|\n");
        for (Map.Entry<Case, Map<Implementation, Measurement>> entry : cases.entrySet()) {
            Case c = entry.getKey();
            for (Map.Entry<Implementation, Measurement> result : entry.getValue().entrySet()) {
                Measurement m = result.getValue();
                md.append(String.format("| %s | %d | %s | %s | %,.0f (%,.0f–%,.0f) | %,.0f |%n", c.schema(), c.size(),
                        c.direction(), result.getKey().label(), m.opsPerSecond(), m.min(), m.max(), m.bytesPerOp()));
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
        // Report order: schema as declared, size, read before write; JMH's own order is alphabetical.
        runs.sort((a, b) -> key(a).compareTo(key(b)));
        for (JsonNode run : runs) {
            String method = run.get("benchmark").asText().replaceAll(".*\\.", "");
            String direction = method.startsWith("read") ? "read" : "write";
            Implementation implementation = implementation(method.substring(direction.length()));
            Case c = new Case(run.get("params").get("schema").asText(), run.get("params").get("size").asInt(),
                    direction);
            List<Double> ops = raw(run.get("primaryMetric"));
            JsonNode alloc = run.get("secondaryMetrics").get("gc.alloc.rate.norm");
            cases.computeIfAbsent(c, k -> new EnumMap<>(Implementation.class)).put(implementation,
                    new Measurement(median(ops), ops.get(0), ops.get(ops.size() - 1),
                            alloc == null ? Double.NaN : median(raw(alloc))));
        }
        return cases;
    }

    private static String key(JsonNode run) {
        String method = run.get("benchmark").asText().replaceAll(".*\\.", "");
        return String.format("%d %06d %s", Schema.named(run.get("params").get("schema").asText()).ordinal(),
                run.get("params").get("size").asInt(), method.startsWith("read") ? "0" : "1");
    }

    private static Implementation implementation(String name) {
        switch (name) {
            case "Tristate":
                return Implementation.TRISTATE;
            case "OpenApiGenerator":
                return Implementation.OPENAPI_GENERATOR;
            case "HandWritten":
                return Implementation.HAND_WRITTEN;
            default:
                throw new IllegalArgumentException("unknown implementation in benchmark name: " + name);
        }
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

    /** a / b with a ✗ where the target is missed: ops/s must reach it, allocation must stay within it. */
    private static String ratio(Measurement a, Measurement b, boolean allocation, double target) {
        if (a == null || b == null) {
            return "–";
        }
        double r = allocation ? a.bytesPerOp() / b.bytesPerOp() : a.opsPerSecond() / b.opsPerSecond();
        boolean missed = allocation ? r > target : r < target;
        return String.format("%.2f%s", r, missed ? " ✗" : "");
    }
}
