package dev.tristate.corpus;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The JDK's compiler, in this JVM, on a whole generated source tree, with the options a consumer's build would use
 * ({@code --release 17}) and every lint on, against the test class path (Jackson and jackson-databind-nullable,
 * which is all generated code may need).
 */
final class Javac {

    /** One diagnostic, in a file relative to the source root ("" when javac names none). */
    record Message(String file, long line, String text) {
        @Override
        public String toString() {
            return file.isEmpty() ? text : file + ":" + line + ": " + text;
        }
    }

    /** What javac said, and how long it took. */
    record Compilation(List<Message> errors, List<Message> warnings, long millis) {
        boolean succeeded() {
            return errors.isEmpty();
        }
    }

    private Javac() {}

    static Compilation compile(Path sourceRoot, Path classesDirectory) {
        List<Path> sources = javaFiles(sourceRoot);
        if (sources.isEmpty()) {
            return new Compilation(List.of(), List.of(), 0);
        }
        try {
            Files.createDirectories(classesDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-Xlint:all",
                "-Xmaxwarns", "100000", "-Xmaxerrs", "100000",
                "-classpath", System.getProperty("java.class.path"), "-d", classesDirectory.toString());
        long start = System.nanoTime();
        StringWriter out = new StringWriter();
        boolean ok;
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            ok = javac.getTask(out, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(sources))
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        List<Message> errors = new ArrayList<>();
        List<Message> warnings = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            String file = d.getSource() == null ? ""
                    : sourceRoot.relativize(Path.of(d.getSource().toUri())).toString().replace('\\', '/');
            Message text = new Message(file, d.getLineNumber(), d.getMessage(Locale.ROOT));
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(text);
            } else if (d.getKind() == Diagnostic.Kind.WARNING || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING) {
                warnings.add(text);
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(new Message("", 0, "javac failed without a diagnostic: " + out));
        }
        return new Compilation(errors, warnings, millis);
    }

    private static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
