package dev.tristate.generator.fuzz;

import static org.assertj.core.api.Assertions.fail;

import dev.tristate.generator.fuzz.FuzzCase.Setup;
import dev.tristate.generator.fuzz.Mutator.Kind;
import dev.tristate.generator.fuzz.Mutator.Mutation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seeded mutation fuzzer of issue 14: mutates the corpus specs (structure-aware and byte-level, see
 * {@link Mutator.Kind}), runs the command line on each in-process and checks every run with {@link Outcome}: no
 * exception or hang, the documented exit code, no stack trace or Java name, every problem line located, nothing
 * written on error, prior output untouched, and (sampled) generated code that compiles.
 *
 * <p>Properties: {@code tristate.fuzz.seed} (default {@value #DEFAULT_SEED}), {@code tristate.fuzz.cases} (default
 * {@value #DEFAULT_CASES}, sized for {@code .ci/run}), {@code tristate.fuzz.case} (run only that case, always
 * compiling what it generates), {@code tristate.fuzz.compileEvery} (default {@value #DEFAULT_COMPILE_EVERY}: the
 * next accepted case after every tenth accepted one is compiled, and every accepted {@code huge} one),
 * {@code tristate.fuzz.compileUpTo} (default {@value #DEFAULT_COMPILE_UP_TO}: larger outputs are not compiled),
 * {@code tristate.fuzz.timeout} (seconds per case, default 20). All failures of a run are collected; each one's
 * spec is written to {@code target/fuzz-failures/SEED-CASE.EXT} with a command that reproduces it. A failure found
 * here is kept as a small spec in {@code src/test/resources/fuzz-regressions/}, which {@link FuzzRegressionTest}
 * runs.
 */
class MutationFuzzTest {

    static final long DEFAULT_SEED = 20_140_014L;
    static final int DEFAULT_CASES = 1_000;
    static final int DEFAULT_COMPILE_EVERY = 10;
    /** Outputs of more files are not compiled (a 2,000-member union takes a minute of javac); one case always is. */
    static final int DEFAULT_COMPILE_UP_TO = 300;
    static final String PACKAGE = "fuzz.gen";
    static final Path FAILURES = Path.of("target", "fuzz-failures");

    /**
     * A spec to mutate: its root document and the folder copied with it for each case (so relative $refs resolve);
     * a null folder copies the file alone.
     */
    record Seed(String name, Path file, Path folder) {
        String entry() {
            return folder == null ? file.getFileName().toString() : folder.relativize(file).toString();
        }

        boolean json() {
            return file.toString().endsWith(".json");
        }

        String extension() {
            return json() ? "json" : "yaml";
        }

        void copyTo(Path target) throws IOException {
            if (folder == null) {
                Files.createDirectories(target);
                Files.copy(file, target.resolve(entry()));
            } else {
                copyTree(folder, target);
            }
        }
    }

    /**
     * The seeds: the canonical spec, the small and medium corpus specs (the large ones, github, stripe, box,
     * discord, k8s and digitalocean, take seconds per case), and every root spec among the generator's fixtures.
     * Paths are relative to the generator module, where the tests run.
     */
    static List<Seed> seeds() {
        List<Seed> seeds = new ArrayList<>();
        Path spec = Path.of("../spec/src/main/resources/openapi");
        seeds.add(new Seed("spec/src/main/resources/openapi/connections.yaml", spec.resolve("connections.yaml"),
                null));
        seeds.add(new Seed("spec/src/main/resources/openapi/connections-previous.yaml",
                spec.resolve("connections-previous.yaml"), null));
        Path corpus = Path.of("../corpus/specs");
        for (String name : List.of("petstore-expanded.yaml", "tictactoe.yaml", "webhook-example.yaml",
                "stackone-hris.json")) {
            seeds.add(new Seed("corpus/specs/" + name, corpus.resolve(name), null));
        }
        seeds.add(new Seed("corpus/specs/ampersand/api/api.yaml", corpus.resolve("ampersand/api/api.yaml"),
                corpus.resolve("ampersand")));
        Path fixtures = Path.of("src/test/resources/fixtures");
        for (String folder : List.of("", "broken", "refs", "hostile")) {
            try (Stream<Path> files = Files.list(fixtures.resolve(folder))) {
                files.filter(p -> p.toString().matches(".*\\.(yaml|yml|json)$")).sorted().forEach(p -> seeds.add(
                        new Seed("generator/" + p, p, folder.isEmpty() ? null : p.getParent())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return seeds;
    }

    /** What is known about a seed once it has been run unmutated. */
    record Prepared(Seed seed, byte[] bytes, Mutator mutator, boolean good, Path priorOutput) {}

    /** One failure of one case. */
    record Found(FuzzCase fuzzCase, Outcome.Failure failure, String reproduce, Path saved) {}

    private final long seed = Long.getLong("tristate.fuzz.seed", DEFAULT_SEED);
    private final int cases = Integer.getInteger("tristate.fuzz.cases", DEFAULT_CASES);
    private final int onlyCase = Integer.getInteger("tristate.fuzz.case", -1);
    private final int compileEvery = Integer.getInteger("tristate.fuzz.compileEvery", DEFAULT_COMPILE_EVERY);
    private final int compileUpTo = Integer.getInteger("tristate.fuzz.compileUpTo", DEFAULT_COMPILE_UP_TO);

    @Test
    void mutatedSpecsFailLocatedOrGenerateCodeThatCompiles() throws Exception {
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        List<Seed> seeds = seeds();
        Path work = Files.createTempDirectory("tristate-fuzz");
        List<Found> found = new ArrayList<>();
        Map<Integer, Prepared> prepared = new HashMap<>();
        Map<Kind, int[]> byKind = new EnumMap<>(Kind.class);
        Map<String, Long> seedMillis = new TreeMap<>();
        long compileMillis = 0;
        long prepareMillis = 0;
        int accepted = 0;
        int rejected = 0;
        int compiled = 0;
        System.out.printf("tristate fuzz: seed %d, %d cases over %d seeds%s%n", seed, cases, seeds.size(),
                onlyCase >= 0 ? ", only case " + onlyCase : "");
        for (int n = onlyCase >= 0 ? onlyCase : 0; n < (onlyCase >= 0 ? onlyCase + 1 : cases); n++) {
            Random random = new Random(seed * 0x9E3779B97F4A7C15L + n);
            int seedIndex = random.nextInt(seeds.size());
            Prepared p = prepared.get(seedIndex);
            if (p == null) {
                long t = System.nanoTime();
                p = prepare(seeds.get(seedIndex), work.resolve("seed-" + seedIndex), found);
                prepareMillis += (System.nanoTime() - t) / 1_000_000;
                prepared.put(seedIndex, p);
            }
            Mutation m = p.mutator().mutate(random);
            Setup setup = pickSetup(random, p.good());
            FuzzCase c = new FuzzCase(n, p.seed().name(), m.kind(), m.detail(), m.bytes(), m.expectLine(), setup);
            // the first accepted case after every compileEvery-th accepted one; every accepted huge object
            boolean compile = onlyCase >= 0 || accepted % compileEvery == 0 || m.kind() == Kind.HUGE;
            Path caseDir = work.resolve("case-" + n);
            Outcome.Result result = runCase(p, c, m, caseDir, compile);
            int[] counts = byKind.computeIfAbsent(m.kind(), k -> new int[5]);
            counts[4] += (int) result.millis();
            seedMillis.merge(p.seed().name(), result.millis(), Long::sum);
            compileMillis += result.compileMillis();
            counts[0]++;
            if (result.exit() == 0) {
                accepted++;
                counts[1]++;
                compiled += result.compiled() ? 1 : 0;
            } else if (result.exit() == 1) {
                rejected++;
                counts[2]++;
            }
            if (!result.failures().isEmpty()) {
                counts[3]++;
                Path saved = save(c, p.seed());
                String reproduce = "./mvnw -B -pl generator test -Dtest='MutationFuzzTest#mutated*'"
                        + " -Dtristate.fuzz.seed=" + seed + " -Dtristate.fuzz.case=" + n;
                for (Outcome.Failure f : result.failures()) {
                    found.add(new Found(c, f, reproduce, saved));
                }
            }
            deleteTree(caseDir);
        }
        deleteTree(work);
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        long cpuSeconds = (processCpuNanos() - cpuStart) / 1_000_000_000L;
        StringBuilder summary = new StringBuilder();
        summary.append(String.format("tristate fuzz: seed %d: %d cases in %d s (%d s CPU): %d accepted (%d compiled),"
                + " %d rejected, %d with failures (%d failures)%n", seed, onlyCase >= 0 ? 1 : cases, seconds,
                cpuSeconds,
                accepted, compiled, rejected, found.stream().map(f -> f.fuzzCase().index()).distinct().count(),
                found.size()));
        summary.append(String.format("  %-18s %6s %9s %9s %7s %9s%n", "kind", "cases", "accepted", "rejected",
                "failed", "run ms"));
        byKind.forEach((k, v) -> summary.append(String.format("  %-18s %6d %9d %9d %7d %9d%n", k.label(), v[0], v[1],
                v[2], v[3], v[4])));
        if (Boolean.getBoolean("tristate.fuzz.timings")) {
            summary.append(String.format("  javac: %d ms; preparing seeds: %d ms%n", compileMillis, prepareMillis));
            seedMillis.forEach((name, ms) -> summary.append(String.format("  %8d ms  %s%n", ms, name)));
        }
        System.out.print(summary);
        if (!found.isEmpty()) {
            fail(report(found));
        }
    }

    /** Every bad command line exits 2, says what is wrong in one line per problem and writes nothing. */
    @Test
    void badArgumentsExitTwoAndWriteNothing() throws Exception {
        Path work = Files.createTempDirectory("tristate-fuzz-args");
        List<String> failures = new ArrayList<>();
        Map<String, List<String>> cases = new LinkedHashMap<>();
        String spec = "spec/connections.yaml";
        cases.put("unknown option", List.of("--input", spec, "--output", "out", "--package", "a.b", "--bogus"));
        cases.put("missing value", List.of("--input", spec, "--output", "out", "--package"));
        cases.put("missing --package", List.of("--input", spec, "--output", "out"));
        cases.put("--input does not exist", List.of("--input", "spec/nope.yaml", "--output", "out", "--package",
                "a.b"));
        cases.put("--input is a folder", List.of("--input", "spec", "--output", "out", "--package", "a.b"));
        cases.put("--input is empty", List.of("--input", "", "--output", "out", "--package", "a.b"));
        cases.put("--output is a file", List.of("--input", spec, "--output", "file.txt", "--package", "a.b"));
        cases.put("--output is below a file", List.of("--input", spec, "--output", "file.txt/out", "--package",
                "a.b"));
        cases.put("--state is a file", List.of("--input", spec, "--output", "out", "--package", "a.b", "--state",
                "file.txt"));
        cases.put("--docs is a file", List.of("--input", spec, "--output", "out", "--package", "a.b", "--docs",
                "file.txt"));
        cases.put("--change-report is a folder", List.of("--input", spec, "--output", "out", "--package", "a.b",
                "--baseline", "spec/previous.yaml", "--change-report", "spec"));
        cases.put("--baseline does not exist", List.of("--input", spec, "--output", "out", "--package", "a.b",
                "--baseline", "spec/nope.yaml"));
        for (String pkg : List.of("1a.b", "a..b", "a.b.", "class.x", "java.lang", "a-b", "", "java", "a.b c",
                "x".repeat(300), "a." + "y".repeat(256))) {
            cases.put("--package '" + (pkg.length() > 20 ? pkg.substring(0, 20) + "…" : pkg) + "'",
                    List.of("--input", spec, "--output", "out", "--package", pkg));
        }
        int n = 0;
        for (Map.Entry<String, List<String>> e : cases.entrySet()) {
            Path caseDir = work.resolve("args-" + n++);
            Files.createDirectories(caseDir.resolve("spec"));
            Files.copy(Path.of("../spec/src/main/resources/openapi/connections.yaml"),
                    caseDir.resolve("spec/connections.yaml"));
            Files.copy(Path.of("../spec/src/main/resources/openapi/connections-previous.yaml"),
                    caseDir.resolve("spec/previous.yaml"));
            Files.writeString(caseDir.resolve("file.txt"), "not a folder");
            List<String> args = e.getValue().stream().map(a -> a.isEmpty() || a.startsWith("--")
                    || !(a.startsWith("spec") || a.startsWith("out") || a.startsWith("file")) ? a
                    : caseDir.resolve(a).toString()).collect(Collectors.toList());
            Outcome.Result result = Outcome.check(new Outcome.Invocation(args, caseDir,
                    caseDir.resolve("spec/connections.yaml"), List.of(caseDir.resolve("out")), Set.of(2), 0, 0, null,
                    null, null));
            for (Outcome.Failure f : result.failures()) {
                failures.add(e.getKey() + ": " + f.group() + ": " + f.detail());
            }
            deleteTree(caseDir);
        }
        deleteTree(work);
        System.out.printf("tristate fuzz: %d bad command lines, %d failures%n", cases.size(), failures.size());
        if (!failures.isEmpty()) {
            fail(failures.size() + " bad command lines not handled as documented:\n  "
                    + String.join("\n  ", failures));
        }
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean
                ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : 0;
    }

    private Setup pickSetup(Random random, boolean good) {
        int r = random.nextInt(100);
        if (!good) {
            return r < 60 ? Setup.ABSENT : r < 85 ? Setup.EMPTY : Setup.DOCS;
        }
        return r < 30 ? Setup.ABSENT : r < 45 ? Setup.EMPTY : r < 70 ? Setup.PRIOR : r < 85 ? Setup.PRIOR_STATE
                : Setup.DOCS;
    }

    /** Runs the seed unmutated (its own failures are reported as case -1) and keeps its output for PRIOR cases. */
    private Prepared prepare(Seed seed, Path dir, List<Found> found) throws IOException {
        byte[] bytes = Files.readAllBytes(seed.file());
        Path caseDir = dir.resolve("case");
        seed.copyTo(caseDir.resolve("spec"));
        Path out = caseDir.resolve("out");
        Outcome.Result result = Outcome.check(new Outcome.Invocation(
                List.of("--input", caseDir.resolve("spec").resolve(seed.entry()).toString(), "--output",
                        out.toString(), "--package", PACKAGE),
                caseDir, caseDir.resolve("spec").resolve(seed.entry()), List.of(out), Set.of(0, 1), 0, 0, null,
                null, null));
        FuzzCase unmutated = new FuzzCase(-1, seed.name(), Kind.BYTE_FLIP, "unmutated seed", bytes, 0, Setup.ABSENT);
        for (Outcome.Failure f : result.failures()) {
            found.add(new Found(unmutated, f, "(the seed itself) " + seed.name(), seed.file()));
        }
        boolean good = result.exit() == 0 && Files.isDirectory(out);
        Path prior = null;
        if (good) {
            prior = dir.resolve("prior");
            copyTree(out, prior);
        }
        deleteTree(caseDir);
        return new Prepared(seed, bytes, new Mutator(bytes, seed.json(), good), good, prior);
    }

    private Outcome.Result runCase(Prepared p, FuzzCase c, Mutation m, Path caseDir, boolean compile)
            throws IOException {
        Path specFolder = caseDir.resolve("spec");
        p.seed().copyTo(specFolder);
        Path entry = specFolder.resolve(p.seed().entry());
        Path out = caseDir.resolve("out");
        Path state = caseDir.resolve("state");
        Path docs = caseDir.resolve("docs");
        List<String> args = new ArrayList<>(List.of("--input", entry.toString(), "--output", out.toString(),
                "--package", PACKAGE));
        List<Path> writable = new ArrayList<>(List.of(out));
        switch (c.setup()) {
            case EMPTY:
                Files.createDirectories(out);
                break;
            case PRIOR:
                copyTree(p.priorOutput(), out);
                break;
            case PRIOR_STATE: {
                args.addAll(List.of("--state", state.toString()));
                writable.add(state);
                Outcome.Result first = Outcome.check(new Outcome.Invocation(args, caseDir, entry, writable,
                        Set.of(0), 0, 0, null, null, null));
                if (!first.failures().isEmpty()) {
                    throw new AssertionError("the unmutated seed failed on a second run: " + first.failures());
                }
                break;
            }
            case DOCS:
                args.addAll(List.of("--docs", docs.toString()));
                writable.add(docs);
                break;
            default:
                break;
        }
        Files.write(entry, c.spec());
        int upTo = !compile ? 0 : onlyCase >= 0 ? Integer.MAX_VALUE : compileUpTo;
        return Outcome.check(new Outcome.Invocation(args, caseDir, entry, writable, Set.of(0, 1), upTo,
                c.expectLine(), m.mustSay() == null ? null : Pattern.compile(m.mustSay()),
                m.mustNotSay() == null ? null : Pattern.compile(m.mustNotSay()), m.mustReport()));
    }

    private Path save(FuzzCase c, Seed seed) throws IOException {
        Files.createDirectories(FAILURES);
        Path file = FAILURES.resolve(this.seed + "-" + c.index() + "." + seed.extension());
        Files.write(file, c.spec());
        return file;
    }

    /** Failures grouped by what failed, most frequent first, with the first three examples of each. */
    private String report(List<Found> found) {
        Map<String, List<Found>> groups = new TreeMap<>();
        for (Found f : found) {
            groups.computeIfAbsent(f.failure().group(), g -> new ArrayList<>()).add(f);
        }
        StringBuilder s = new StringBuilder();
        s.append(found.size()).append(" failures in ").append(groups.size()).append(" groups (seed ").append(seed)
                .append("; failing specs in ").append(FAILURES.toAbsolutePath()).append("):\n");
        groups.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Found>> e) -> -e.getValue().size()))
                .forEach(e -> {
                    Map<String, Long> kinds = e.getValue().stream().collect(Collectors.groupingBy(
                            f -> f.fuzzCase().kind().label(), TreeMap::new, Collectors.counting()));
                    s.append("\n== ").append(e.getKey()).append(": ").append(e.getValue().size()).append(" (")
                            .append(kinds.entrySet().stream().map(k -> k.getKey() + " " + k.getValue())
                                    .collect(Collectors.joining(", ")))
                            .append(")\n");
                    e.getValue().stream().limit(3).forEach(f -> s.append("   ").append(f.fuzzCase()).append("\n")
                            .append("     ").append(f.failure().detail()).append("\n")
                            .append("     spec: ").append(f.saved()).append("\n")
                            .append("     reproduce: ").append(f.reproduce()).append("\n"));
                });
        return s.toString();
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(dir).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        List<Path> all;
        try (Stream<Path> walk = Files.walk(root)) {
            all = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (DirectoryNotEmptyException e) {
                // an abandoned (timed-out) run may still be writing here: let it finish, then try once more
                ForkJoinPool.commonPool().awaitQuiescence(60, TimeUnit.SECONDS);
                retryDelete(p);
            }
        }
    }

    private static void retryDelete(Path dir) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(dir)) {
            all = walk.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
        }
        for (Path p : all) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                try (Stream<Path> left = Files.list(p)) {
                    throw new IOException("cannot delete " + p + ": still holds "
                            + left.map(Path::toString).collect(Collectors.joining(", ")), e);
                }
            }
        }
    }
}
