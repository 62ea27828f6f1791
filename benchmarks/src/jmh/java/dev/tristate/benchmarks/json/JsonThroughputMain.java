package dev.tristate.benchmarks.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link JsonThroughput} under JMH with the GC profiler (allocation per operation), then turns JMH's JSON
 * result into json-throughput.md and the "JSON throughput" section of benchmark.md.
 *
 * <p>Modes ({@code --mode}, the profile's {@code bench.mode}): {@code full} and {@code json} measure (one fork,
 * five warm-up iterations of 1 s and five measured ones of 0.5 s: about 5.5 minutes for the 36 benchmarks);
 * {@code smoke} runs the single-Connection benchmarks once for 0.1 s each, to prove the harness works;
 * {@code interleaved} runs {@link InterleavedCheck} instead of JMH (interleaved.md); {@code scaling} skips this
 * benchmark.
 * {@code --include REGEX} narrows the run (for profiling); {@code --render FILE} only re-renders a saved result.
 */
public final class JsonThroughputMain {

    private JsonThroughputMain() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String mode = options.getOrDefault("--mode", "full");
        if (mode.equals("scaling")) {
            System.out.println("JSON throughput: skipped in mode " + mode);
            return;
        }
        boolean smoke = mode.equals("smoke");
        Path out = Path.of(options.getOrDefault("--out", "target/benchmark"));
        Files.createDirectories(out);
        Path result = out.resolve("jmh-result.json");
        if (mode.equals("interleaved")) {
            String table = interleaved();
            Files.writeString(out.resolve("interleaved.md"), table);
            System.out.println(table);
            return;
        }
        if (options.containsKey("--render")) {
            result = Path.of(options.get("--render"));
        } else {
            ChainedOptionsBuilder jmh = new OptionsBuilder()
                    .include(options.getOrDefault("--include", JsonThroughput.class.getName() + "\\."))
                    .forks(1)
                    // A fixed heap, so that heap sizing does not differ between forks on a shared machine.
                    .jvmArgsAppend("-Xms1g", "-Xmx1g")
                    .addProfiler(GCProfiler.class)
                    .addProfiler(CpuTimeProfiler.class)
                    .resultFormat(ResultFormatType.JSON)
                    .result(result.toString());
            if (smoke) {
                // One payload (the nested one, single object, every implementation and direction): the harness is
                // proven in about 20 seconds; RoundTripTest covers the other payloads.
                jmh.param("schema", Schema.CONNECTION.schemaName()).param("size", "1")
                        .warmupIterations(1).warmupTime(TimeValue.milliseconds(100))
                        .measurementIterations(1).measurementTime(TimeValue.milliseconds(100));
            } else {
                // Five warm-up seconds: C2 shares two cores with other work here, and the 1,000-element lists took
                // five to six seconds to reach steady state in a trial. About 9 s a benchmark with the fork's start:
                // five and a half minutes in all.
                jmh.warmupIterations(5).warmupTime(TimeValue.seconds(1))
                        .measurementIterations(5).measurementTime(TimeValue.milliseconds(500));
            }
            new Runner(jmh.build()).run();
        }
        String body = ThroughputReport.markdown(Files.readAllBytes(result), smoke, LocalDate.now().toString());
        Files.writeString(out.resolve("json-throughput.md"), "# JSON throughput\n\n" + body);
        if (mode.equals("full") || smoke) {
            // The generation benchmark has just written benchmark.md in these modes; in "json" it may be stale.
            ThroughputReport.fold(out.resolve("benchmark.md"), body);
        }
        System.out.println(body);
    }

    /** {@link InterleavedCheck} for every payload and direction, each in a JVM of its own. */
    private static String interleaved() throws IOException, InterruptedException {
        StringBuilder md = new StringBuilder("# JSON throughput, interleaved check\n\n"
                + "The three model sets in one JVM per row, taking turns for 150 rounds; this thread's CPU time and "
                + "allocation per operation, medians of the last 100 rounds. " + LocalDate.now() + ", "
                + Runtime.getRuntime().availableProcessors() + " cores, " + System.getProperty("java.version")
                + ". Throughput ratios are the other's CPU time over Tristate's (above 1: Tristate faster).\n\n"
                + "| schema | size | direction | Tristate | OpenAPI Generator | hand-written | "
                + "Tristate / OpenAPI Generator | Tristate / hand-written | B/op: Tristate / hand-written |\n"
                + "|---|---|---|---|---|---|---|---|---|\n");
        for (Schema schema : Schema.values()) {
            for (String size : List.of("1", "1000")) {
                for (String direction : List.of("read", "write")) {
                    Process check = new ProcessBuilder("java", "-Xms1g", "-Xmx1g", "-cp",
                            System.getProperty("java.class.path"), InterleavedCheck.class.getName(),
                            schema.schemaName(), size, direction, "150").redirectErrorStream(true).start();
                    String row = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                    if (check.waitFor() != 0) {
                        throw new IllegalStateException("InterleavedCheck failed: " + row);
                    }
                    md.append(row).append('\n');
                }
            }
        }
        return md.toString();
    }
}
