package dev.tristate.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Generation side by side, in one run: Tristate's CLI, OpenAPI Generator's {@code java} models, and Swagger Parser
 * alone (the floor), each in its own JVM with the same options, one warm-up and five measured runs each; then the
 * size of each output and what javac makes of it. Then the scaling table ({@link Scaling}): Tristate alone on one
 * spec cut to shares of its schemas. Writes benchmark.md (ratios of medians, then raw medians, then scaling).
 */
public final class GenerationBenchmark {

    private static final List<String> JVM = List.of("java", "-Xmx2g");
    private static final List<String> FULL = List.of("petstore-expanded.yaml", "CANONICAL", "k8s-core-v1.json",
            "box.json", "stripe.yaml", "github.json");
    /** The spec the scaling table cuts down (issue 6 names it). */
    private static final String SCALING_SPEC = "github.json";
    private static final Pattern ERRORS = Pattern.compile("(\\d+) errors?");
    /** The split Tristate's CLI prints on its summary line. */
    private static final Pattern PHASES = Pattern.compile("\\(read (\\d+) ms, write (\\d+) ms\\)");

    private final Path lib;
    private final Path classes;
    private final Path out;
    private final int measured;

    private GenerationBenchmark(Path lib, Path classes, Path out, int measured) {
        this.lib = lib;
        this.classes = classes;
        this.out = out;
        this.measured = measured;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        // "full": every spec side by side, then regenerating and default-heap memory, then scaling; "scaling" and
        // "regenerate": that part alone; "smoke": all three on the canonical spec, once, which is in this
        // repository, so CI needs nothing beside it; "json" and "interleaved": nothing here (JSON throughput only).
        String mode = options.get("--mode");
        boolean smoke = "smoke".equals(mode);
        if ("json".equals(mode) || "interleaved".equals(mode)) {
            System.out.println("Generation benchmark: skipped in mode " + mode);
            return;
        }
        Path specs = Path.of(options.get("--specs"));
        Path canonical = Path.of(options.get("--canonical"));
        GenerationBenchmark benchmark = new GenerationBenchmark(Path.of(options.get("--lib")),
                Path.of(options.get("--classes")), Path.of(options.get("--out")), smoke ? 1 : 5);
        StringBuilder report = new StringBuilder();
        boolean failed = false;
        if (!"scaling".equals(mode) && !"regenerate".equals(mode)) {
            List<SpecResult> results = new ArrayList<>();
            for (String name : smoke ? List.of("CANONICAL") : FULL) {
                results.add(benchmark.measure(name.equals("CANONICAL") ? canonical : specs.resolve(name), !smoke));
            }
            report.append(Report.markdown(results, smoke, LocalDate.now().toString()));
            for (SpecResult result : results) {
                if (!result.tristate().failed().isEmpty()) {
                    System.err.println("Tristate failed on " + result.spec() + ": " + result.tristate().failed());
                    failed = true;
                } else if (result.tristate().readMillis() == null) {
                    System.err.println("Tristate's CLI printed no read/write split on " + result.spec());
                    failed = true;
                }
            }
        }
        if (!"scaling".equals(mode)) {
            List<Regeneration.Row> rows = new ArrayList<>();
            for (String name : smoke ? List.of("CANONICAL") : Regeneration.SPECS) {
                rows.add(Regeneration.measure(benchmark, benchmark.out, name.equals("CANONICAL") ? canonical
                        : specs.resolve(name), smoke ? 1 : 5, !smoke));
            }
            String regeneration = Regeneration.markdown(rows, smoke);
            report.append(report.length() == 0 ? "# Generation benchmark\n\n" : "\n").append(regeneration);
            Files.createDirectories(benchmark.out);
            Files.writeString(benchmark.out.resolve("regeneration.md"), regeneration);
            for (Regeneration.Row row : rows) {
                if (!row.failed().isEmpty()) {
                    System.err.println("Regenerating failed on " + row.spec() + ": " + row.failed());
                    failed = true;
                }
            }
        }
        if ("regenerate".equals(mode)) {
            System.out.println(report);
            if (failed) {
                System.exit(1);
            }
            return;
        }
        Path scalingSpec = smoke ? canonical : specs.resolve(SCALING_SPEC);
        List<Scaling.Row> rows = Scaling.measure(benchmark, scalingSpec, benchmark.out, !smoke);
        String scaling = Scaling.markdown(scalingSpec.getFileName().toString(), rows, smoke);
        report.append(report.length() == 0 ? "# Generation benchmark\n\n" : "\n").append(scaling);
        failed |= rows.stream().anyMatch(row -> !row.tristate().failed().isEmpty());

        Files.createDirectories(benchmark.out);
        Files.writeString(benchmark.out.resolve("benchmark.md"), report);
        Files.writeString(benchmark.out.resolve("scaling.md"), scaling);
        System.out.println(report);
        if (failed && smoke) {
            System.exit(1);
        }
    }

    SpecResult measure(Path spec, boolean warmUp) throws IOException, InterruptedException {
        String name = spec.getFileName().toString();
        Path work = out.resolve(name.replaceAll("\\W", "_"));
        Path tristateOut = work.resolve("tristate");
        Path oagOut = work.resolve("openapi-generator");
        ToolResult tristate = tristate(work, warmUp, spec, tristateOut);
        ToolResult oag = repeat("openapi-generator", work, warmUp, oagOut, openApiGeneratorArguments(spec, oagOut));
        ToolResult floor = repeat("floor", work, warmUp, null, floorArguments(spec));

        SourceTree tristateTree = SourceTree.of(tristateOut);
        SourceTree oagTree = SourceTree.of(oagOut);
        Compile tristateJavac = tristate.failed().isEmpty() ? javac(work.resolve("javac-tristate"), tristateTree)
                : Compile.NOT_RUN;
        Compile oagJavac = Compile.NOT_RUN;
        if (oag.failed().isEmpty()) {
            // Models alone do not compile: they use the client's supporting classes (JSON, ApiClient, ...).
            Path full = work.resolve("openapi-generator-compilable");
            Measured generated = Measured.run(concat(JVM, openApiGenerator(spec, full,
                    "models,supportingFiles,modelDocs=false,modelTests=false")), work.resolve("logs/oag-full.log"));
            oagJavac = generated.exitCode() == 0 ? javac(work.resolve("javac-oag"), SourceTree.of(full))
                    : Compile.NOT_RUN;
        }
        return new SpecResult(name, tristate, oag, floor, tristateTree, oagTree, tristateJavac, oagJavac);
    }

    /** Tristate's CLI on one spec, timed like every tool here. */
    ToolResult tristate(Path work, boolean warmUp, Path spec, Path output) throws IOException, InterruptedException {
        return repeat("tristate", work, warmUp, output, tristateArguments(spec, output, null));
    }

    /** The JVM arguments that run Tristate's CLI; with a state directory, incrementally. */
    List<String> tristateArguments(Path spec, Path output, Path state) {
        List<String> arguments = new ArrayList<>(List.of("-jar", lib.resolve("tristate-generator-cli.jar").toString(),
                "--input", spec.toString(), "--output", output.toString(), "--package", "bench.model"));
        if (state != null) {
            arguments.addAll(List.of("--state", state.toString()));
        }
        return arguments;
    }

    /** The JVM arguments that run OpenAPI Generator's Java models. */
    List<String> openApiGeneratorArguments(Path spec, Path output) {
        return openApiGenerator(spec, output, "models,modelDocs=false,modelTests=false");
    }

    /** The JVM arguments that run Swagger Parser alone on a spec. */
    List<String> floorArguments(Path spec) throws IOException {
        return List.of("-cp", classes + java.io.File.pathSeparator
                + Files.readString(lib.resolve("floor-classpath.txt")).strip(), ParseFloor.class.getName(),
                spec.toString());
    }

    private List<String> openApiGenerator(Path spec, Path output, String globalProperties) {
        return List.of("-jar", lib.resolve("openapi-generator-cli.jar").toString(), "generate", "-g", "java", "-i",
                spec.toString(), "-o", output.toString(), "--global-property", globalProperties,
                "--additional-properties=library=native,openApiNullable=true,hideGenerationTimestamp=true",
                "--skip-validate-spec");
    }

    private ToolResult repeat(String tool, Path work, boolean warmUp, Path output, List<String> arguments)
            throws IOException, InterruptedException {
        List<Long> millis = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        List<Long> reads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        int runs = measured + (warmUp ? 1 : 0);
        for (int i = 0; i < runs; i++) {
            if (output != null) {
                delete(output);
            }
            Measured run = Measured.run(concat(JVM, arguments), work.resolve("logs/" + tool + "-" + i + ".log"));
            if (run.exitCode() != 0) {
                return new ToolResult(null, null, firstLines(run.output()), null, null);
            }
            if (warmUp && i == 0) {
                continue;
            }
            millis.add(run.millis());
            peaks.add(run.peakKb());
            Matcher phases = PHASES.matcher(run.output());
            if (phases.find()) {
                reads.add(Long.parseLong(phases.group(1)));
                writes.add(Long.parseLong(phases.group(2)));
            }
        }
        return new ToolResult(Stats.of(millis), Stats.of(peaks), "", reads.isEmpty() ? null : Stats.of(reads),
                writes.isEmpty() ? null : Stats.of(writes));
    }

    private Compile javac(Path work, SourceTree tree) throws IOException, InterruptedException {
        if (tree.files().isEmpty()) {
            return Compile.NOT_RUN;
        }
        delete(work);
        Files.createDirectories(work.resolve("classes"));
        Path argfile = work.resolve("sources.txt");
        Files.write(argfile, tree.files().stream().map(p -> "\"" + p + "\"").collect(Collectors.toList()));
        String classpath;
        try (Stream<Path> jars = Files.list(lib.resolve("javac"))) {
            classpath = jars.map(Path::toString).sorted().collect(Collectors.joining(java.io.File.pathSeparator));
        }
        Measured run = Measured.run(List.of("javac", "-J-Xmx2g", "--release", "17", "-nowarn", "-proc:none", "-Xmaxerrs", "100000",
                "-encoding", "UTF-8", "-d", work.resolve("classes").toString(), "-cp", classpath, "@" + argfile),
                work.resolve("javac.log"));
        int errors = 0;
        if (run.exitCode() != 0) {
            Matcher m = ERRORS.matcher(run.output());
            while (m.find()) {
                errors = Integer.parseInt(m.group(1));
            }
            errors = Math.max(errors, 1);
        }
        return new Compile(run.millis(), run.peakKb(), errors, true);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static String firstLines(String output) {
        return output.lines().filter(l -> !l.isBlank() && !l.startsWith("SLF4J")).limit(2)
                .collect(Collectors.joining(" / ")).replace('|', '/');
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * One tool's timings on one spec, or why it failed.
     *
     * @param readMillis Tristate's own account of reading and modelling (null for the other tools)
     * @param writeMillis Tristate's own account of emitting and writing (null for the other tools); JVM start-up
     *     is in the wall time only
     */
    record ToolResult(Stats millis, Stats peakKb, String failed, Stats readMillis, Stats writeMillis) {}

    /** One javac run over a generator's output. */
    record Compile(long millis, long peakKb, int errors, boolean ran) {
        static final Compile NOT_RUN = new Compile(0, 0, 0, false);
    }

    /** Everything measured for one spec. */
    record SpecResult(String spec, ToolResult tristate, ToolResult oag, ToolResult floor, SourceTree tristateTree,
            SourceTree oagTree, Compile tristateJavac, Compile oagJavac) {}
}
