package dev.tristate.generator.roundtrip;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Several random specs, each generated into its own package below one source root and all compiled with one javac
 * call (javac's start-up and warm-up dominate small compilations). A spec that does not generate, does not compile
 * or compiles with warnings is told apart from the others: its package is named in javac's messages, taken out, and
 * the rest compiled again.
 */
final class GeneratedBatch implements AutoCloseable {

    private static final Pattern PACKAGE_IN_PATH = Pattern.compile("[/\\\\]rt[/\\\\](p\\d+)[/\\\\]");

    /** One spec and the package to generate it into. */
    record Entry(RandomSpec spec, String packageName, String title) {}

    private final Path root;
    private final Map<String, String> failures = new LinkedHashMap<>();
    private final Map<String, String> failureKinds = new LinkedHashMap<>();
    private ClassLoader loader;
    private long generationNanos;
    private long compilationNanos;

    private GeneratedBatch(Path root) {
        this.root = root;
    }

    static String packageName(int index) {
        return "rt.p" + index;
    }

    static GeneratedBatch build(List<Entry> entries) {
        return build(entries, JacksonVersion.V2);
    }

    /** Generates every entry for the given Jackson line and compiles them. */
    static GeneratedBatch build(List<Entry> entries, JacksonVersion jackson) {
        GeneratedBatch batch = new GeneratedBatch(temporaryDirectory());
        long start = System.nanoTime();
        batch.generateAll(entries, jackson);
        long generated = System.nanoTime();
        batch.compile();
        batch.generationNanos = generated - start;
        batch.compilationNanos = System.nanoTime() - generated;
        return batch;
    }

    long generationMillis() {
        return generationNanos / 1_000_000;
    }

    long compilationMillis() {
        return compilationNanos / 1_000_000;
    }

    /** Null when the package generated and compiled without warnings; else what went wrong. */
    String failure(String packageName) {
        return failures.get(packageName);
    }

    /** "generation", "compilation" or "javac warnings"; null when the package is fine. */
    String failureKind(String packageName) {
        return failureKinds.get(packageName);
    }

    Class<?> load(String packageName, String simpleName) throws ClassNotFoundException {
        return Class.forName(packageName + "." + simpleName, true, loader);
    }

    private void generateAll(List<Entry> entries, JacksonVersion jackson) {
        Path specs = root.resolve("specs");
        Path sources = root.resolve("src");
        for (Entry entry : entries) {
            try {
                Files.createDirectories(specs);
                Path file = specs.resolve(entry.packageName() + ".json");
                Files.writeString(file, SpecRenderer.json(entry.spec(), entry.title()));
                new Generator().generate(GeneratorConfig.builder()
                        .inputSpec(file).outputDirectory(sources).packageName(entry.packageName())
                        .jacksonVersion(jackson).build());
            } catch (GenerationException e) {
                fail(entry.packageName(), "generation", e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (RuntimeException e) {
                fail(entry.packageName(), "generation", "the generator threw " + stackTrace(e));
            }
        }
    }

    private void compile() {
        Path sources = root.resolve("src");
        while (Files.isDirectory(sources) && hasSources(sources)) {
            InMemoryCompiler.Compiled compiled;
            try {
                compiled = InMemoryCompiler.compile(sources);
            } catch (AssertionError e) {
                Set<String> broken = packagesNamedIn(List.of(e.getMessage().split("\n")));
                if (broken.isEmpty()) {
                    throw e;
                }
                for (String pkg : broken) {
                    fail(pkg, "compilation", linesAbout(pkg, e.getMessage()));
                    delete(sources.resolve("rt").resolve(pkg.substring("rt.".length())));
                }
                continue;
            }
            Set<String> warned = packagesNamedIn(compiled.warnings());
            for (String pkg : warned) {
                fail(pkg, "javac warnings", linesAbout(pkg, String.join("\n", compiled.warnings())));
            }
            if (warned.isEmpty() && !compiled.warnings().isEmpty()) {
                throw new AssertionError("javac warnings about no generated file: " + compiled.warnings());
            }
            loader = compiled.loader();
            return;
        }
    }

    private void fail(String packageName, String kind, String message) {
        failures.putIfAbsent(packageName, message);
        failureKinds.putIfAbsent(packageName, kind);
    }

    private static Set<String> packagesNamedIn(List<String> lines) {
        Set<String> packages = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher m = PACKAGE_IN_PATH.matcher(line);
            if (m.find()) {
                packages.add("rt." + m.group(1));
            }
        }
        return packages;
    }

    private static String linesAbout(String packageName, String messages) {
        List<String> lines = new ArrayList<>();
        for (String line : messages.split("\n")) {
            Matcher m = PACKAGE_IN_PATH.matcher(line);
            if (m.find() && ("rt." + m.group(1)).equals(packageName)) {
                lines.add(line.substring(m.start() + 1));
            }
        }
        return String.join("\n", lines);
    }

    private static boolean hasSources(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(p -> p.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stackTrace(Throwable e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(8, frames.length); i++) {
            text.append("\n    at ").append(frames[i]);
        }
        return text.toString();
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("tristate-roundtrip");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (loader instanceof URLClassLoader urls) {
            try {
                urls.close();
                for (var url : urls.getURLs()) {
                    delete(Path.of(url.toURI()));
                }
            } catch (IOException | java.net.URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        delete(root);
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
