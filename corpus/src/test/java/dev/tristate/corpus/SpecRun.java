package dev.tristate.corpus;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.Problem;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.read.ModelReader;
import dev.tristate.generator.read.SourceDocument;
import dev.tristate.generator.read.RefPolicy;
import dev.tristate.generator.read.SpecReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs one spec through the suite: generate with the {@link Generator} API as the plugin does, compile the output
 * with javac, load it, and round-trip every example the generator's model places on a generated class or property.
 */
final class SpecRun {

    /** The known-defect key of a spec the generator refuses. */
    static final String GENERATION = "generation";
    /** The known-defect key of a spec of which the generator writes nothing. */
    static final String NO_MODELS = "generation: no models";
    /** The start of the known-defect key of a generated file javac refuses. */
    static final String JAVAC = "javac: ";

    private final CorpusSpec spec;
    private final Path output;
    private final Path displayBase;
    private final JacksonVersion jackson;

    /** With Jackson 2, the default line. */
    SpecRun(CorpusSpec spec, Path outputRoot, Path displayBase) {
        this(spec, outputRoot, displayBase, JacksonVersion.V2);
    }

    /**
     * @param outputRoot the spec's sources go to {@code <outputRoot>/<id>/src}, its classes to {@code …/classes}
     * @param displayBase file locations in the report are relative to this folder
     * @param jackson the line the classes are generated for, compiled against and round-tripped with
     */
    SpecRun(CorpusSpec spec, Path outputRoot, Path displayBase, JacksonVersion jackson) {
        this.spec = spec;
        this.output = outputRoot.resolve(spec.id());
        this.displayBase = displayBase.toAbsolutePath().normalize();
        this.jackson = jackson;
    }

    SpecOutcome run() {
        Path sources = output.resolve("src");
        Path classes = output.resolve("classes");
        // The generator only deletes files it recorded in a state directory; a leftover from an older run would be
        // compiled and counted.
        deleteRecursively(output);

        long start = System.nanoTime();
        GenerationResult generated;
        try {
            generated = new Generator().generate(GeneratorConfig.builder()
                    .inputSpec(spec.entry()).outputDirectory(sources).packageName(spec.javaPackage())
                    .allowedRefDirectories(List.of(refRoot())).jacksonVersion(jackson).build());
        } catch (GenerationException e) {
            return new SpecOutcome(spec.id(), 0, 0, 0, 0, 0, 0, List.of(new ExampleFailure(spec.id(), GENERATION,
                    e.problems().isEmpty() ? "" : location(e.problems().get(0)), "", "", e.getMessage())),
                    0, 0, false, List.of(), List.of());
        }
        long generationMillis = (System.nanoTime() - start) / 1_000_000;
        int files = generated.generatedFiles().size();
        createDirectories(sources);
        long lines = lines(sources);
        if (files == 0) {
            return new SpecOutcome(spec.id(), 0, 0, 0, generationMillis, 0, 0, List.of(noModels(generated)), 0,
                    0, false, List.of(), List.of());
        }

        SpecReader.ReadSpec read;
        ApiModel model;
        try {
            read = new SpecReader(new RefPolicy(List.of(refRoot()), false)).read(spec.entry(), spec.entry().toString());
            model = ModelReader.read(read).model();
        } catch (GenerationException e) {
            throw new AssertionError("the spec generated but does not read a second time: " + e.getMessage(), e);
        }
        int schemas = read.openApi().getComponents() == null || read.openApi().getComponents().getSchemas() == null
                ? 0 : read.openApi().getComponents().getSchemas().size();
        SpecSources specSources = new SpecSources(read.documents(), displayBase);
        ExampleSites.Found found = ExampleSites.in(model, specSources);
        int untyped = (int) found.sites().stream()
                .filter(site -> site.target() instanceof ExampleSite.Property p && p.untyped()).count();

        Javac.Compilation compiled = Javac.compile(sources, classes);
        if (!compiled.succeeded()) {
            return new SpecOutcome(spec.id(), schemas, files, lines, generationMillis, compiled.millis(),
                    compiled.warnings().size(), javacFailures(compiled, sources), found.sites().size(), untyped, false,
                    List.of(), found.unreached());
        }
        List<ExampleFailure> failures = roundTrip(found.sites(), classes, specSources);
        return new SpecOutcome(spec.id(), schemas, files, lines, generationMillis, compiled.millis(),
                compiled.warnings().size(), List.of(), found.sites().size(), untyped, true, failures,
                found.unreached());
    }

    /** A spec that gives no model at all is not generated, whatever the generator says: where its first warning is. */
    private ExampleFailure noModels(GenerationResult generated) {
        List<Problem> warnings = generated.warnings();
        return new ExampleFailure(spec.id(), NO_MODELS, warnings.isEmpty() ? "" : location(warnings.get(0)), "", "",
                "the generator wrote no file, with " + warnings.size() + " warnings"
                        + (warnings.isEmpty() ? "" : ", the first: " + warnings.get(0).message()));
    }

    /** {@code file:line:col} of a generator problem, the file relative to the display folder. */
    private String location(Problem problem) {
        Path file = Path.of(problem.file()).toAbsolutePath().normalize();
        String shown = file.startsWith(displayBase) ? displayBase.relativize(file).toString() : problem.file();
        return shown.replace('\\', '/') + ":" + problem.line() + ":" + problem.column();
    }

    /** One failure per file javac refused, keyed {@code javac: <file>}, with its first error. */
    private List<ExampleFailure> javacFailures(Javac.Compilation compiled, Path sources) {
        Map<String, Javac.Message> firstPerFile = new LinkedHashMap<>();
        compiled.errors().forEach(error -> firstPerFile.putIfAbsent(error.file(), error));
        List<ExampleFailure> failures = new ArrayList<>();
        firstPerFile.forEach((file, error) -> failures.add(new ExampleFailure(spec.id(),
                JAVAC + Path.of(file).getFileName(), displayBase.relativize(sources.toAbsolutePath().normalize())
                        .resolve(file) + ":" + error.line(), "", "", error.text()
                        + (compiled.errors().size() > 1 ? " (" + compiled.errors().size() + " errors in all)" : ""))));
        return failures;
    }

    private List<ExampleFailure> roundTrip(List<ExampleSite> sites, Path classes, SpecSources sources) {
        List<ExampleFailure> failures = new ArrayList<>();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                SpecRun.class.getClassLoader())) {
            // A fresh mapper per spec: its caches hold the spec's classes, which must go with the class loader.
            RoundTrip roundTrip = new RoundTrip(jackson == JacksonVersion.V3 ? new Jackson3Codec()
                    : new Jackson2Codec(), loader, spec.javaPackage());
            for (ExampleSite site : sites) {
                Optional<RoundTrip.Mismatch> mismatch = roundTrip.check(site);
                mismatch.ifPresent(m -> failures.add(new ExampleFailure(spec.id(), site.examplePointer(),
                        locate(sources, site, m.pathInExample()), site.target().describe(), site.json(),
                        m.message())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return failures;
    }

    private static String locate(SpecSources sources, ExampleSite site, String pathInExample) {
        Optional<SourceDocument> holder = sources.holding(site.schemaPointer());
        return holder.map(d -> sources.locate(d, site.examplePointer() + pathInExample))
                .orElse("(no file has " + site.schemaPointer() + ")");
    }

    private static long lines(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            long total = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (byte b : bytes) {
                    if (b == '\n') {
                        total++;
                    }
                }
            }
            return total;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The folder $refs may read from: multi-file specs refer to sibling folders of their entry's folder
     * (ampersand/api → ampersand/catalog), which the generator refuses unless allowed, as a build allows its project.
     */
    private Path refRoot() {
        return spec.entry().toAbsolutePath().getParent().getParent();
    }
}
