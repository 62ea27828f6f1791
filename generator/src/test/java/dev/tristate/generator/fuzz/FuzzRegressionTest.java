package dev.tristate.generator.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every failure {@link MutationFuzzTest} found, kept as a small spec in {@code src/test/resources/fuzz-regressions/}
 * and run through the same {@link Outcome} checks: into a fresh output directory, where whatever generates must
 * compile; and, when that fails, again into an output directory holding a file of the user's, which must survive
 * the error untouched.
 *
 * <p>An optional {@code NAME.expect} beside {@code NAME.yaml} adds the mutation's own checks, one per line:
 * {@code line N} (an error must name line N of the spec: an unreadable byte's), {@code say REGEX} (an error message
 * must match), {@code not-say REGEX} (no message may match), {@code report KEYWORD} (a successful run must still
 * name the keyword in a problem), {@code exit N} (the exit code, when it is known).
 */
class FuzzRegressionTest {

    static final Path FOLDER = Path.of("src/test/resources/fuzz-regressions");
    /** Some regressions are big (a 2,000-member union); a hang is still a failure, later. */
    static final Duration TIMEOUT = Duration.ofSeconds(Long.getLong("tristate.fuzz.regressionTimeout", 180));

    static Stream<String> regressions() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches(".*\\.(yaml|yml|json)$"))
                    .sorted().collect(Collectors.toList()).stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regressions")
    void failsLocatedOrGeneratesCodeThatCompiles(String name) throws IOException {
        Path spec = FOLDER.resolve(name);
        Expect expect = Expect.of(FOLDER.resolve(name.replaceAll("\\.[^.]+$", ".expect")));
        List<String> failures = new ArrayList<>();
        int exit = run(spec, name, expect, false, failures);
        if (exit != 0) {
            // an error must leave what is already in the output directory as it was
            run(spec, name, expect, true, failures);
        }
        assertThat(failures).as("failures of %s", name).isEmpty();
    }

    /** Runs the spec into a fresh output directory, or one holding a file of the user's; returns the exit code. */
    private static int run(Path spec, String name, Expect expect, boolean prior, List<String> failures)
            throws IOException {
        Path caseDir = Files.createTempDirectory("tristate-fuzz-regression");
        try {
            Path entry = caseDir.resolve("spec").resolve(name);
            Files.createDirectories(entry.getParent());
            Files.copy(spec, entry);
            Path out = caseDir.resolve("out");
            if (prior) {
                Files.createDirectories(out);
                Files.writeString(out.resolve("Mine.java"), "class Mine {}\n");
            }
            Outcome.Result result = Outcome.check(new Outcome.Invocation(
                    List.of("--input", entry.toString(), "--output", out.toString(), "--package",
                            MutationFuzzTest.PACKAGE),
                    caseDir, entry, List.of(out), expect.exits(), prior ? 0 : Integer.MAX_VALUE, expect.line(),
                    expect.say(), expect.notSay(), expect.report()), TIMEOUT);
            for (Outcome.Failure f : result.failures()) {
                failures.add((prior ? "[prior output] " : "[fresh output] ") + f.group() + ": " + f.detail());
            }
            return result.exit();
        } finally {
            MutationFuzzTest.deleteTree(caseDir);
        }
    }

    /** The optional expectation beside a regression spec. */
    record Expect(Set<Integer> exits, int line, Pattern say, Pattern notSay, String report) {
        static Expect of(Path file) {
            Set<Integer> exits = Set.of(0, 1);
            int line = 0;
            Pattern say = null;
            Pattern notSay = null;
            String report = null;
            if (Files.isRegularFile(file)) {
                try {
                    for (String l : Files.readAllLines(file)) {
                        String[] words = l.strip().split(" ", 2);
                        switch (words[0]) {
                            case "line":
                                line = Integer.parseInt(words[1]);
                                break;
                            case "say":
                                say = Pattern.compile(words[1]);
                                break;
                            case "not-say":
                                notSay = Pattern.compile(words[1]);
                                break;
                            case "report":
                                report = words[1];
                                break;
                            case "exit":
                                exits = Set.of(Integer.parseInt(words[1]));
                                break;
                            default:
                                break;
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return new Expect(exits, line, say, notSay, report);
        }
    }
}
