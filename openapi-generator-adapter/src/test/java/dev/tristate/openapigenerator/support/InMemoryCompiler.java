package dev.tristate.openapigenerator.support;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources with the JDK's own compiler, in this JVM, against the test class path (which has what
 * generated code may use: Jackson and jackson-databind-nullable), and loads the result.
 */
public final class InMemoryCompiler {

    private InMemoryCompiler() {}

    /** The result of compiling a source tree: a class loader over the classes, and javac's warnings. */
    public record Compiled(ClassLoader loader, List<String> warnings) {
        public Class<?> load(String className) {
            try {
                return Class.forName(className, true, loader);
            } catch (ClassNotFoundException e) {
                throw new AssertionError("not compiled: " + className, e);
            }
        }
    }

    /** Compiles every .java file below sourceRoot with {@code --release 17}; fails with javac's errors. */
    public static Compiled compile(Path sourceRoot) {
        try {
            List<Path> sources;
            try (Stream<Path> files = Files.walk(sourceRoot)) {
                sources = files.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList());
            }
            if (sources.isEmpty()) {
                throw new AssertionError("no sources below " + sourceRoot);
            }
            Path classes = Files.createTempDirectory("tristate-classes");
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
            try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
                List<String> options = List.of("--release", "17", "-Xlint:all", "-Xlint:-processing",
                        "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
                StringWriter out = new StringWriter();
                boolean ok = javac.getTask(out, files, diagnostics, options, null,
                        files.getJavaFileObjectsFromPaths(sources)).call();
                List<String> warnings = new ArrayList<>();
                StringBuilder errors = new StringBuilder();
                for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                    String text = (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber()
                            + ": ") + d.getMessage(Locale.ROOT);
                    if (d.getKind() == Diagnostic.Kind.ERROR) {
                        errors.append(text).append('\n');
                    } else if (d.getKind() == Diagnostic.Kind.WARNING
                            || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                        warnings.add(text);
                    }
                }
                if (!ok) {
                    throw new AssertionError("generated sources do not compile:\n" + errors + out);
                }
                return new Compiled(new URLClassLoader(new URL[] {toUrl(classes)},
                        InMemoryCompiler.class.getClassLoader()), warnings);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
