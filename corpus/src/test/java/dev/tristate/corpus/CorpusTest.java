package dev.tristate.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The corpus suite (docs/corpus.md). Every spec in specs/ must generate, compile, and round-trip every
 * example; an example that does not is either a defect of the spec, listed with the line that is wrong in
 * known-spec-defects.md, or a defect of the generator, listed in known-generator-defects.md with a reduced fixture
 * under src/test/resources/reduced/ (run here too). Each spec's failures must match the lists exactly, so a fixed
 * generator defect shows up as well as a new failure.
 */
class CorpusTest {

    private static final Path MODULE = Path.of("").toAbsolutePath();
    private static final Path SPECS = Path.of(System.getProperty("corpus.specs", "specs"));
    private static final Path REDUCED = Path.of(System.getProperty("corpus.reduced", "src/test/resources/reduced"));
    private static final Path OUT = Path.of(System.getProperty("corpus.out", "target/corpus"));
    private static final KnownDefects SPEC_DEFECTS =
            KnownDefects.read(Path.of(System.getProperty("corpus.knownSpecDefects", "known-spec-defects.md")));
    private static final KnownDefects GENERATOR_DEFECTS = KnownDefects.read(
            Path.of(System.getProperty("corpus.knownGeneratorDefects", "known-generator-defects.md")));

    private static final Map<String, SpecOutcome> VENDORED_OUTCOMES = new ConcurrentHashMap<>();
    private static final Map<String, SpecOutcome> REDUCED_OUTCOMES = new ConcurrentHashMap<>();

    @Test
    void everySpecInTheFolderIsRun() throws IOException {
        try (Stream<Path> entries = Files.list(SPECS)) {
            Set<String> inFolder = entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("README.md")).collect(Collectors.toSet());
            assertThat(inFolder).containsExactlyInAnyOrderElementsOf(CorpusSpec.vendoredTopLevelNames());
        }
    }

    /** A row naming a spec the suite does not run, or a fixture that is not there, would never be checked. */
    @Test
    void everyListedDefectNamesASpecTheSuiteRuns() {
        Set<String> specs = CorpusSpec.vendored(SPECS).stream().map(CorpusSpec::id).collect(Collectors.toSet());
        for (KnownDefects.Entry entry : Stream.concat(SPEC_DEFECTS.all().stream(), GENERATOR_DEFECTS.all().stream())
                .toList()) {
            assertThat(specs.contains(entry.spec()) || isReducedFixture(entry.spec()))
                    .as("spec of %s", entry.key()).isTrue();
        }
        for (KnownDefects.Entry entry : GENERATOR_DEFECTS.all()) {
            assertThat(REDUCED.getParent().resolve(entry.reference())).as("fixture of %s", entry.key()).exists();
        }
    }

    private static boolean isReducedFixture(String spec) {
        if (!spec.startsWith("reduced/")) {
            return false;
        }
        String name = spec.substring("reduced/".length());
        return Files.isRegularFile(REDUCED.resolve(name + ".yaml"))
                || Files.isRegularFile(REDUCED.resolve(name).resolve("api.yaml"));
    }

    @TestFactory
    Stream<DynamicTest> vendoredSpecs() {
        return selected(CorpusSpec.vendored(SPECS)).stream()
                .map(spec -> DynamicTest.dynamicTest(spec.id(), () -> check(spec, VENDORED_OUTCOMES)));
    }

    /**
     * Each generator defect, reduced to a few lines (a file {@code reduced/<name>.yaml}, or a folder
     * {@code reduced/<name>/} with {@code api.yaml} when the defect needs several files): fails as listed until the
     * generator is fixed.
     */
    @TestFactory
    Stream<DynamicTest> reducedFixtures() throws IOException {
        List<CorpusSpec> specs;
        try (Stream<Path> entries = Files.list(REDUCED)) {
            specs = entries.filter(p -> p.toString().endsWith(".yaml") || Files.isDirectory(p)).sorted()
                    .map(p -> new CorpusSpec("reduced/" + p.getFileName().toString().replaceFirst("\\.yaml$", ""),
                            Files.isDirectory(p) ? p.resolve("api.yaml") : p))
                    .toList();
        }
        return selected(specs).stream()
                .map(spec -> DynamicTest.dynamicTest(spec.id(), () -> check(spec, REDUCED_OUTCOMES)));
    }

    /** All, or those -Dcorpus.only names (comma-separated ids), for a quicker run while working on one spec. */
    private static List<CorpusSpec> selected(List<CorpusSpec> specs) {
        String only = System.getProperty("corpus.only", "").strip();
        if (only.isEmpty()) {
            return specs;
        }
        Set<String> ids = Set.of(only.split("\\s*,\\s*"));
        return specs.stream().filter(s -> ids.contains(s.id())).toList();
    }

    @AfterAll
    static void writeTables() {
        List<SpecOutcome> vendored = CorpusSpec.vendored(SPECS).stream().map(s -> VENDORED_OUTCOMES.get(s.id()))
                .filter(o -> o != null).toList();
        List<SpecOutcome> reduced = REDUCED_OUTCOMES.values().stream()
                .sorted(Comparator.comparing(SpecOutcome::spec)).toList();
        Set<String> specKeys = keys(SPEC_DEFECTS);
        Set<String> generatorKeys = keys(GENERATOR_DEFECTS);
        StringBuilder report = new StringBuilder("# Corpus run\n\n");
        report.append(CorpusTable.render(vendored, specKeys, generatorKeys));
        if (!reduced.isEmpty()) {
            report.append("\nReduced fixtures of generator defects:\n\n")
                    .append(CorpusTable.render(reduced, specKeys, generatorKeys));
        }
        System.out.println();
        System.out.println(report);
        write(OUT.resolve("corpus.md"), report + "\n" + FailureReport.details(
                Stream.concat(vendored.stream(), reduced.stream()).toList()));
    }

    private static void check(CorpusSpec spec, Map<String, SpecOutcome> outcomes) {
        long start = System.nanoTime();
        SpecOutcome outcome = new SpecRun(spec, OUT, MODULE).run();
        outcomes.put(spec.id(), outcome);
        write(OUT.resolve(spec.id()).resolve("failures.md"), FailureReport.details(List.of(outcome)));
        System.out.printf("corpus %s: %d files, %d examples, %d failures, %d unreached (%d s)%n", spec.id(),
                outcome.files(), outcome.examples(), outcome.failures().size(), outcome.unreached().size(),
                (System.nanoTime() - start) / 1_000_000_000);

        assertThat(unmatched(spec, outcome)).as("%s: failures that do not match the known-defect lists", spec.id())
                .isEmpty();
    }

    /**
     * What in a spec's outcome the known-defect lists do not say: a failure in neither list, a spec defect at
     * another place, a listed failure that no longer fails. Empty when the outcome is exactly as listed.
     */
    static List<String> unmatched(CorpusSpec spec, SpecOutcome outcome) {
        List<String> wrong = new ArrayList<>();
        Set<String> observed = new HashSet<>();
        for (ExampleFailure failure : Stream.concat(outcome.buildFailures().stream(), outcome.failures().stream())
                .toList()) {
            String key = CorpusTable.key(failure);
            observed.add(key);
            Optional<KnownDefects.Entry> specDefect = SPEC_DEFECTS.find(key);
            if (specDefect.isEmpty() && GENERATOR_DEFECTS.find(key).isEmpty()) {
                wrong.add("not listed (a new failure: fix it, or list it):\n  " + FailureReport.row(failure)
                        + "\n  " + failure.target() + ": " + failure.message());
            } else if (specDefect.isPresent() && !specDefect.get().reference().equals(failure.location())) {
                wrong.add("listed as a spec defect at " + specDefect.get().reference()
                        + ", but the failing value is at " + failure.location() + ": " + key);
            }
        }
        // While a spec does not build, its examples do not run: their rows wait, only the build's are checked.
        Stream.concat(SPEC_DEFECTS.of(spec.id()).stream(), GENERATOR_DEFECTS.of(spec.id()).stream())
                .filter(e -> outcome.examplesRun() || !e.examplePointer().startsWith("/"))
                .filter(e -> !observed.contains(e.key()))
                .forEach(e -> wrong.add("listed, but does not fail any more (take it off the list): " + e.key()));
        return wrong;
    }

    private static Set<String> keys(KnownDefects defects) {
        return defects.all().stream().map(KnownDefects.Entry::key).collect(Collectors.toSet());
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
