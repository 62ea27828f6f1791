package dev.tristate.generator.fuzz;

import dev.tristate.generator.cli.CliRunner;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the command line once, in this JVM, and checks what a user would see and find afterwards:
 * <ol>
 * <li>it returns (no exception escapes, no hang past the timeout);</li>
 * <li>the exit code is one the case allows (0 or 1 for a spec, 2 for bad arguments);</li>
 * <li>no stack trace and no Java names (packages, exception classes, default {@code toString()}s) in stdout or
 * stderr, unless the spec itself holds that text;</li>
 * <li>every stderr line is {@code path:line:col: message} (or {@code warning: } before it) naming a file in the
 * spec's folder, a line that file has and a column at least 1; no line twice; an error exit says something;</li>
 * <li>on an error exit nothing under the case's folder changed (no file created, no byte or modification time of a
 * prior output, state or docs file changed); on success nothing changed outside the output, state and docs
 * directories;</li>
 * <li>on success, when asked, the generated sources compile.</li>
 * </ol>
 * Checks specific to a mutation (the line an invalid byte is on must be named; what a message must or must not say)
 * come with the {@link Invocation}.
 */
public final class Outcome {

    /** One check that did not hold: {@code group} says which, in a form that groups alike failures. */
    public record Failure(String group, String detail) {}

    /**
     * One run of the command line.
     *
     * @param args the command line
     * @param caseDir the folder holding everything of this case (spec folder, output, state, docs)
     * @param specFile the mutated root document (an error should be located in the folder it is in)
     * @param writable the directories the run may write into on success
     * @param exits the allowed exit codes
     * @param compileUpTo compile what a successful run generated when it is at most this many Java files (0: never)
     * @param expectLine when positive, an error must name this line of {@code specFile}
     * @param mustSay when not null, on an error exit some stderr line must match this (a plain word the user needs)
     * @param mustNotSay when not null, no stderr line may match this
     * @param mustReport when not null, a keyword whose value has a JSON type it cannot have: a successful run must
     *     name it in some problem line (README: such keywords are errors in every schema generated from)
     */
    public record Invocation(List<String> args, Path caseDir, Path specFile, List<Path> writable, Set<Integer> exits,
            int compileUpTo, int expectLine, Pattern mustSay, Pattern mustNotSay, String mustReport) {}

    /** What happened. */
    public record Result(int exit, String stdout, String stderr, long millis, boolean compiled,
            long compileMillis, List<Failure> failures) {
        public boolean accepted() {
            return exit == 0;
        }
    }

    static final Pattern STACK_TRACE = Pattern.compile(
            "(?m)(\\tat |^\\s+at [\\w.$/]+\\(|^Caused by: |Exception in thread |^\\s+\\.\\.\\. \\d+ more)");
    static final Pattern JAVA_NAME = Pattern.compile("\\b(?:java|javax|jdk|sun|com\\.fasterxml|io\\.swagger|org\\.yaml"
            + "|org\\.snakeyaml|dev\\.tristate|com\\.palantir|org\\.openapitools)\\.[a-zA-Z][\\w.$]*"
            + "|\\b[A-Z]\\w*(?:Exception|Error)\\b|\\b\\w+@[0-9a-f]{6,}\\b|<org\\.\\w|\\bnull pointer\\b"
            + "|\\b[A-Z][a-z]\\w*\\.[a-z]\\w*\\(\\)|\\bCannot invoke \"");
    static final Pattern LOCATED = Pattern.compile("^(warning: )?(.+?):(\\d+):(\\d+): (\\S.*)$");

    private static final long TIMEOUT_SECONDS = Long.getLong("tristate.fuzz.timeout", 20);
    private static ExecutorService executor = newExecutor();

    private Outcome() {}

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs the invocation and checks it, with the per-case timeout ({@code tristate.fuzz.timeout}, 20 s). */
    public static Result check(Invocation inv) {
        return check(inv, Duration.ofSeconds(TIMEOUT_SECONDS));
    }

    /** Runs the invocation and checks it; no answer within the timeout is a failure. */
    public static Result check(Invocation inv, Duration timeout) {
        List<Failure> failures = new ArrayList<>();
        Map<String, String> before = snapshot(inv.caseDir());
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream sysBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);
        PrintStream sys = new PrintStream(sysBytes, true, StandardCharsets.UTF_8);
        String[] args = inv.args().toArray(new String[0]);
        long start = System.nanoTime();
        int exit = -1;
        PrintStream realOut = System.out;
        PrintStream realErr = System.err;
        System.setOut(sys);
        System.setErr(sys);
        try {
            exit = within(() -> CliRunner.run(args, out, err), timeout);
        } catch (TimeoutException e) {
            failures.add(new Failure("timeout", "no answer after " + timeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failures.add(new Failure("uncaught " + cause.getClass().getSimpleName() + " at " + topFrame(cause),
                    String.valueOf(cause)));
        } finally {
            System.setOut(realOut);
            System.setErr(realErr);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String stdout = outBytes.toString(StandardCharsets.UTF_8);
        String stderr = errBytes.toString(StandardCharsets.UTF_8);
        String direct = sysBytes.toString(StandardCharsets.UTF_8);
        if (failures.isEmpty() && !inv.exits().contains(exit)) {
            failures.add(new Failure("exit code " + exit + " (expected " + inv.exits() + ")", firstLine(stderr)));
        }
        String specText = specText(inv.specFile());
        checkText("stdout", stdout, specText, failures);
        checkText("stderr", stderr, specText, failures);
        checkText("System.out/err", direct, specText, failures);
        if (!direct.isBlank()) {
            failures.add(new Failure("printed to System.out/err directly", firstLine(direct)));
        }
        if (exit >= 0) {
            checkLines(inv, exit, stderr, failures);
        }
        Map<String, String> after = snapshot(inv.caseDir());
        // the generator writes from the common pool: whatever it still does after returning is the user's problem
        if (!ForkJoinPool.commonPool().awaitQuiescence(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            failures.add(new Failure("still busy after it returned", "the common pool did not come to rest"));
        }
        Map<String, String> settled = snapshot(inv.caseDir());
        if (!settled.equals(after)) {
            List<String> late = new ArrayList<>();
            settled.keySet().stream().filter(k -> !Objects.equals(settled.get(k), after.get(k))).limit(3)
                    .forEach(late::add);
            failures.add(new Failure("kept writing after it returned", String.join(", ", late)));
        }
        checkWrites(inv, exit, before, settled, failures);
        long compileStart = System.nanoTime();
        boolean compiled = exit == 0 && inv.compileUpTo() > 0 && failures.isEmpty()
                && compile(inv, timeout.multipliedBy(3), failures);
        long compileMillis = (System.nanoTime() - compileStart) / 1_000_000;
        return new Result(exit, stdout, stderr, millis, compiled, compileMillis, failures);
    }

    private static void checkText(String stream, String text, String specText, List<Failure> failures) {
        if (STACK_TRACE.matcher(text).find()) {
            failures.add(new Failure("stack trace in " + stream, firstLine(text)));
        }
        Matcher m = JAVA_NAME.matcher(text);
        Set<String> seen = new HashSet<>();
        while (m.find()) {
            String name = m.group();
            if (fromSpec(name, specText) || !seen.add(name)) {
                continue;
            }
            failures.add(new Failure("Java name in " + stream + ": " + normalizeName(name),
                    lineAround(text, m.start())));
        }
    }

    /**
     * Whether a Java-like name is the spec's own text: it is in the spec, or it is a name from the spec followed by
     * one keyword segment (a message quoting {@code components.schemas.java.lang.Runtime.$ref}).
     */
    private static boolean fromSpec(String name, String specText) {
        if (specText.contains(name)) {
            return true;
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 && name.substring(dot + 1).matches("[$a-z]\\w*") && specText.contains(name.substring(0, dot));
    }

    private static String normalizeName(String name) {
        return name.replaceAll("@[0-9a-f]{6,}", "@HASH").replaceAll("\\$\\d+", "\\$N");
    }

    private static void checkLines(Invocation inv, int exit, String stderr, List<Failure> failures) {
        List<String> lines = stderr.lines().toList();
        boolean argumentCase = inv.exits().contains(2) && !inv.exits().contains(1);
        Set<String> distinct = new HashSet<>();
        boolean anError = false;
        boolean expectedLineNamed = false;
        for (String line : lines) {
            if (!distinct.add(line)) {
                failures.add(new Failure("the same problem printed twice", line));
            }
            Matcher m = LOCATED.matcher(line);
            if (!m.matches()) {
                anError |= !line.startsWith("warning: ");
                // a bad argument is not in a file: "tristate: message" or "PATH: message" (what it is about first)
                if (argumentCase && (line.matches("[^\\s:][^:]*: \\S.*") || line.equals("Try 'tristate --help'."))) {
                    continue;
                }
                failures.add(new Failure("unlocated stderr line" + (line.contains(": ")
                        ? " (" + line.substring(0, line.indexOf(": ")).replaceAll(".*/", "") + ": ...)" : ""), line));
                continue;
            }
            boolean warning = m.group(1) != null;
            anError |= !warning;
            int lineNo;
            int col;
            try {
                lineNo = Integer.parseInt(m.group(3));
                col = Integer.parseInt(m.group(4));
            } catch (NumberFormatException e) {
                failures.add(new Failure("bad location: number", line));
                continue;
            }
            Path file = Path.of(m.group(2)).toAbsolutePath().normalize();
            if (!file.startsWith(inv.caseDir().toAbsolutePath().normalize())) {
                failures.add(new Failure("bad location: file outside the spec's folder", line));
                continue;
            }
            if (!Files.isRegularFile(file)) {
                failures.add(new Failure("bad location: no such file", line));
                continue;
            }
            int[] extent = extent(file);
            if (lineNo < 1 || col < 1) {
                failures.add(new Failure("bad location: line or column 0", line));
            } else if (lineNo > extent[0]) {
                failures.add(new Failure("bad location: line past the end of the file", line + "  (the file has "
                        + extent[0] + " lines)"));
            } else if (col > extent[1] + 2) {
                failures.add(new Failure("bad location: column past every line's end", line));
            }
            if (!warning && inv.expectLine() > 0 && lineNo == inv.expectLine()
                    && file.equals(inv.specFile().toAbsolutePath().normalize())) {
                expectedLineNamed = true;
            }
        }
        if (exit != 0 && !anError) {
            failures.add(new Failure("error exit without an error line", firstLine(stderr)));
        }
        if (exit == 1 && inv.expectLine() > 0 && !expectedLineNamed) {
            failures.add(new Failure("unreadable byte not located at its line",
                    "expected line " + inv.expectLine() + "; got: " + firstLine(stderr)));
        }
        StringBuilder messages = new StringBuilder();
        for (String line : lines) {
            Matcher m = LOCATED.matcher(line);
            messages.append(m.matches() ? m.group(5) : line).append('\n');
        }
        if (exit == 0 && inv.mustReport() != null && !messages.toString().contains(inv.mustReport())) {
            failures.add(new Failure("wrong-typed keyword accepted silently: " + inv.mustReport(),
                    "exit 0, and no problem names '" + inv.mustReport() + "'"));
        }
        if (exit != 0 && inv.mustSay() != null && !inv.mustSay().matcher(messages).find()) {
            failures.add(new Failure("message does not say /" + inv.mustSay() + "/", firstLine(stderr)));
        }
        if (inv.mustNotSay() != null) {
            Matcher m = inv.mustNotSay().matcher(messages);
            if (m.find()) {
                failures.add(new Failure("message says /" + inv.mustNotSay() + "/", lineAround(messages.toString(),
                        m.start())));
            }
        }
    }

    private static void checkWrites(Invocation inv, int exit, Map<String, String> before, Map<String, String> after,
            List<Failure> failures) {
        Path root = inv.caseDir();
        List<String> changed = new ArrayList<>();
        Set<String> keys = new HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        List<String> sorted = new ArrayList<>(keys);
        sorted.sort(null);
        for (String key : sorted) {
            if (Objects.equals(before.get(key), after.get(key))) {
                continue;
            }
            if (exit == 0) {
                Path p = root.resolve(key);
                boolean mayWrite = inv.writable().stream().anyMatch(w -> p.startsWith(w) || w.startsWith(p));
                if (mayWrite) {
                    continue;
                }
            }
            changed.add((before.containsKey(key) ? after.containsKey(key) ? "changed " : "deleted " : "created ")
                    + key);
        }
        if (!changed.isEmpty()) {
            String what = exit == 0 ? "wrote outside the output on success"
                    : changed.stream().anyMatch(c -> !c.startsWith("created ")) ? "prior files changed on error"
                    : "wrote on error";
            failures.add(new Failure(what, String.join(", ", changed.subList(0, Math.min(5, changed.size())))
                    + (changed.size() > 5 ? " and " + (changed.size() - 5) + " more" : "")));
        }
    }

    private static boolean compile(Invocation inv, Duration timeout, List<Failure> failures) {
        Path output = inv.writable().get(0);
        long sources;
        try (Stream<Path> files = Files.walk(output)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).count();
        } catch (IOException e) {
            sources = 0;
        }
        if (sources == 0 || sources > inv.compileUpTo()) {
            return false;
        }
        try {
            within(() -> InMemoryCompiler.compile(output), timeout);
        } catch (TimeoutException e) {
            failures.add(new Failure("javac timeout", "no answer after " + timeout.toSeconds() + " s"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            String message = String.valueOf(cause.getMessage());
            String first = message.lines().skip(1).findFirst().orElse(message);
            Matcher crash = Pattern.compile("java\\.lang\\.\\w+(Error|Exception)").matcher(message);
            String group = cause instanceof AssertionError && message.contains("An exception has occurred in the"
                    + " compiler") ? "accepted, then javac crashes" + (crash.find() ? " with " + crash.group() : "")
                    : cause instanceof AssertionError
                    ? "accepted, then javac fails: " + first.replaceAll("^.*?\\.java:\\d+: ", "")
                            .replaceAll("\\b\\w+(?=\\()", "m").replaceAll("'[^']*'", "'…'")
                    : "accepted, then javac throws " + cause.getClass().getSimpleName();
            failures.add(new Failure(group.length() > 120 ? group.substring(0, 120) : group, first));
        }
        return true;
    }

    /** Runs in the case thread with a timeout; a timed-out task is abandoned (its daemon thread left behind). */
    static synchronized <T> T within(Callable<T> task, Duration timeout) throws TimeoutException, ExecutionException {
        Future<T> future = executor.submit(task);
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            executor.shutdownNow();
            executor = newExecutor();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExecutionException(e);
        }
    }

    /** Every file and folder below root: its relative path, and for a file its size, time and digest. */
    static Map<String, String> snapshot(Path root) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                String key = root.relativize(p).toString();
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) {
                    out.put(key, "dir");
                } else {
                    out.put(key, a.size() + " " + a.lastModifiedTime().toMillis() + " " + digest(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String digest(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The number of lines (any of \n, \r\n, \r, NEL, LS, PS ends one) and the longest line's length. */
    private static int[] extent(Path file) {
        String text = specText(file);
        int lines = 1;
        int longest = 0;
        int current = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lines++;
                longest = Math.max(longest, current);
                current = 0;
            } else {
                current++;
            }
        }
        // a UTF-16 file decoded as UTF-8 has its line breaks too; its lines are at most twice as long
        return new int[] {lines, Math.max(longest, current) * 2};
    }

    private static String specText(Path file) {
        try {
            return file == null || !Files.isRegularFile(file) ? ""
                    : new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String topFrame(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("dev.tristate")) {
                return e.getClassName().replaceAll(".*\\.", "") + "." + e.getMethodName();
            }
        }
        return t.getStackTrace().length > 0 ? t.getStackTrace()[0].toString() : "?";
    }

    static String firstLine(String text) {
        String line = text.lines().findFirst().orElse("(nothing)");
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }

    private static String lineAround(String text, int at) {
        int s = text.lastIndexOf('\n', at) + 1;
        int e = text.indexOf('\n', at);
        String line = text.substring(s, e < 0 ? text.length() : e);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
