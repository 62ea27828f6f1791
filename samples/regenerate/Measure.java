import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times tristate:generate as a build sees it (the "in N ms" of the plugin's log line), in the regenerate sample:
 * a no-op rebuild, and a rebuild after a one-property change, five times each after one warm-up, reporting the
 * median, min and max. A benchmark, not a test: run it by hand from the repository root, after
 * {@code ./mvnw -B install -DskipTests}:
 * <pre>java samples/regenerate/Measure.java [spec]</pre>
 */
public class Measure {

    private static final Pattern TIME = Pattern.compile("Tristate: (generated|skipped).* (?:in |\\()(\\d+) ms");
    private static final Pattern CHANGED = Pattern.compile("Tristate: generated \\d+ files \\((\\d+) changed");

    public static void main(String[] args) throws Exception {
        Path source = Path.of(args.length > 0 ? args[0] : "spec/src/main/resources/openapi/connections.yaml");
        String name = source.getFileName().toString();
        Path work = Path.of("samples/regenerate/target/measure");
        Files.createDirectories(work);
        Path spec = work.resolve(name);
        String original = Files.readString(source);
        String changed = withProbeProperty(original, name.endsWith(".json"));
        Files.writeString(spec, original);

        run(spec, "-Dtristate.force"); // first generation, and the warm-up of the JVM's file cache
        List<Long> noop = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            long ms = run(spec);
            if (i > 0) {
                noop.add(ms);
            }
        }
        List<Long> change = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Files.writeString(spec, i % 2 == 0 ? changed : original);
            long ms = run(spec);
            if (lastChanged != 1) {
                throw new IllegalStateException("a one-property change rewrote " + lastChanged + " files, not 1");
            }
            if (i > 0) {
                change.add(ms);
            }
        }
        System.out.printf("%s: no-op %s; one-property change %s%n", name, summary(noop), summary(change));
    }

    /** Adds one string property to the first schema under components.schemas that lists properties. */
    static String withProbeProperty(String text, boolean json) {
        if (json) {
            Matcher schemas = Pattern.compile("\"schemas\"\\s*:\\s*\\{").matcher(text);
            int components = text.indexOf("\"components\"");
            if (components < 0 || !schemas.find(components)) {
                throw new IllegalArgumentException("no components.schemas");
            }
            Matcher properties = Pattern.compile("\"properties\"\\s*:\\s*\\{").matcher(text);
            if (!properties.find(schemas.end())) {
                throw new IllegalArgumentException("no properties below components.schemas");
            }
            return text.substring(0, properties.end()) + "\"tristateProbe\": {\"type\": \"string\"},"
                    + text.substring(properties.end());
        }
        Matcher schemas = Pattern.compile("(?m)^ +schemas:\\s*$").matcher(text);
        if (!schemas.find()) {
            throw new IllegalArgumentException("no components.schemas");
        }
        Matcher m = Pattern.compile("(?m)^( *)properties:\\s*$").matcher(text);
        if (!m.find(schemas.end())) {
            throw new IllegalArgumentException("no 'properties:' block");
        }
        String indent = m.group(1) + "  ";
        return text.substring(0, m.end()) + "\n" + indent + "tristateProbe: {type: string}" + text.substring(m.end());
    }

    /** The "changed" count of the last generating run. */
    static long lastChanged;

    static long run(Path spec, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./mvnw", "-B", "-o", "-pl", "samples/regenerate",
                "generate-sources", "-Dregenerate.spec=" + spec.toAbsolutePath(),
                "-Dregenerate.package=dev.tristate.samples.measure"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Long ms = null;
        StringBuilder log = new StringBuilder();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                log.append(line).append('\n');
                Matcher m = TIME.matcher(line);
                if (m.find()) {
                    ms = Long.parseLong(m.group(2));
                }
                Matcher c = CHANGED.matcher(line);
                if (c.find()) {
                    lastChanged = Long.parseLong(c.group(1));
                }
            }
        }
        if (process.waitFor() != 0 || ms == null) {
            throw new IllegalStateException("build failed or logged no time:\n" + log);
        }
        return ms;
    }

    static String summary(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format("median %d ms (min %d, max %d, n=%d)", sorted.get(sorted.size() / 2), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }
}
