package dev.tristate.generator.support;

import dev.tristate.generator.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One spec of the hostile catalogue and what it must do, read from {@code NAME.expect} beside {@code NAME.yaml}:
 * <pre>
 * # a comment
 * compiles                   or: fails
 * class NAME                 a generated top-level type (all of them, exactly)
 * classes COUNT              instead: how many are generated
 * contains TYPE TEXT         the source of TYPE contains TEXT (the rest of the line)
 * lacks TYPE TEXT            the source of TYPE does not contain TEXT
 * roundtrip TYPE JSON        JSON read as TYPE and written again is the same JSON tree
 * error FILE:LINE:COL: MSG   a problem, in order; FILE relative to the spec's folder, which messages call
 *                            {@code <folder>}
 * </pre>
 */
public final class HostileSpec {

    /** A type and a text. */
    public record Text(String file, String text) {}

    private final Path file;
    private boolean compiles;
    private int classCount = -1;
    private final List<String> classes = new ArrayList<>();
    private final List<Text> contains = new ArrayList<>();
    private final List<Text> lacks = new ArrayList<>();
    private final List<Text> roundTrips = new ArrayList<>();
    private final List<String> errors = new ArrayList<>();

    private HostileSpec(Path file, List<String> expectation) {
        this.file = file;
        for (String line : expectation) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] words = line.split(" ", 3);
            switch (words[0]) {
                case "compiles":
                    compiles = true;
                    break;
                case "fails":
                    compiles = false;
                    break;
                case "class":
                    classes.add(words[1]);
                    break;
                case "classes":
                    classCount = Integer.parseInt(words[1]);
                    break;
                case "contains":
                    contains.add(new Text(typeFile(words[1]), words[2]));
                    break;
                case "lacks":
                    lacks.add(new Text(typeFile(words[1]), words[2]));
                    break;
                case "roundtrip":
                    roundTrips.add(new Text(words[1], words[2]));
                    break;
                case "error":
                    errors.add(line.substring("error ".length()));
                    break;
                default:
                    throw new IllegalArgumentException(file + ".expect: cannot read '" + line + "'");
            }
        }
    }

    /** Every {@code *.yaml} directly in the folder; a spec without its {@code .expect} is an error. */
    public static List<HostileSpec> inFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<HostileSpec> specs = new ArrayList<>();
            for (Path spec : files.filter(f -> f.toString().endsWith(".yaml")).sorted().collect(Collectors.toList())) {
                Path expectation = expectationOf(spec);
                if (!Files.isRegularFile(expectation)) {
                    throw new AssertionError("no " + expectation.getFileName() + " for " + spec.getFileName());
                }
                specs.add(new HostileSpec(spec, Files.readAllLines(expectation)));
            }
            return specs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Specs too large to keep as files, written into {@code folder} with their expectations. */
    public static List<HostileSpec> synthetic(Path folder) {
        return SyntheticSpecs.write(folder).stream().map(HostileSpec::read).collect(Collectors.toList());
    }

    private static HostileSpec read(Path spec) {
        try {
            return new HostileSpec(spec, Files.readAllLines(expectationOf(spec)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path expectationOf(Path spec) {
        String name = spec.getFileName().toString();
        return spec.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expect");
    }

    private static String typeFile(String type) {
        return type + ".java";
    }

    /** A problem as the expectation writes it: the file relative to the spec's folder, the folder as a name. */
    public String relative(Problem problem) {
        Path folder = file.getParent();
        String where = problem.file().startsWith(folder + "/")
                ? problem.file().substring(folder.toString().length() + 1) : problem.file();
        return new Problem(where, problem.line(), problem.column(),
                problem.message().replace(folder.toString(), "<folder>")).toString();
    }

    public Path file() {
        return file;
    }

    public boolean compiles() {
        return compiles;
    }

    public int classCount() {
        return classCount;
    }

    public List<String> classes() {
        return classes;
    }

    public List<Text> contains() {
        return contains;
    }

    public List<Text> lacks() {
        return lacks;
    }

    public List<Text> roundTrips() {
        return roundTrips;
    }

    public List<String> errors() {
        return errors;
    }

    @Override
    public String toString() {
        return file.getFileName().toString();
    }
}
