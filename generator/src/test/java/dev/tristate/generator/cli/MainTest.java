package dev.tristate.generator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.support.Generation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void generatesThenSkipsWithState() throws Exception {
        Path work = Generation.tempDir("cli");
        String[] args = {"--input", Generation.canonicalSpec().toString(), "--output", work.resolve("out").toString(),
            "--package", "com.example.api", "--state", work.resolve("state").toString()};
        assertThat(run(args)).isZero();
        assertThat(stdout()).startsWith("tristate: generated 13 files (13 changed, 0 deleted) in ")
                .containsPattern("in (\\d+) ms \\(read \\d+ ms, write \\d+ ms\\) into ");
        assertThat(work.resolve("out/com/example/api/Connection.java")).exists();
        out.reset();
        assertThat(run(args)).isZero();
        assertThat(stdout()).startsWith("tristate: skipped, 13 files up to date in ");
    }

    @Test
    void writesDocsWithDocsOption() throws Exception {
        Path work = Generation.tempDir("cli-docs");
        String[] args = {"--input", Generation.canonicalSpec().toString(), "--output", work.resolve("out").toString(),
            "--package", "com.example.api", "--state", work.resolve("state").toString(), "--docs",
            work.resolve("docs").toString()};
        assertThat(run(args)).isZero();
        assertThat(stdout()).startsWith("tristate: generated 13 files (13 changed, 0 deleted) and 14 doc pages"
                + " (14 changed, 0 deleted) in ").contains("; docs in " + work.resolve("docs"));
        assertThat(work.resolve("docs/Connection.md")).exists();
        assertThat(work.resolve("docs/README.md")).exists();
        out.reset();
        assertThat(run(args)).isZero();
        assertThat(stdout()).startsWith("tristate: skipped, 13 files and 14 doc pages up to date in ");
    }

    @Test
    void badSpecPrintsLocatedProblemsToStderrAndExitsOne() throws Exception {
        Path spec = Generation.fixture("semantic-errors.yaml");
        int code = run("--input", spec.toString(), "--output", Generation.tempDir("cli-bad").toString(),
                "--package", "x.y");
        assertThat(code).isEqualTo(Main.BAD_SPEC);
        assertThat(stderr().lines()).containsExactly(
                spec + ":10:11: dangling $ref '#/components/schemas/Owner': no schema 'Owner' in components.schemas",
                spec + ":12:11: unknown type 'integr'; expected one of string, integer, number, boolean, array,"
                        + " object, null");
    }

    @Test
    void badArgumentsExitTwoAndHelpListsEveryPluginOption() throws Exception {
        assertThat(run("--input", "a.yaml")).isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(stderr()).contains("--input, --output and --package are required");
        assertThat(run("--bogus")).isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--help")).isZero();
        assertThat(stdout()).contains("(inputSpec)", "(outputDirectory)", "(packageName)", "(force)", "(baseline)",
                "(changeReport)", "(failOnBreakingChange)", "(docsDirectory)", "(allowedRefDirectories;",
                "(allowRemoteRefs;");
        assertThat(Files.exists(Path.of("a.yaml"))).isFalse();
    }

    @Test
    void refOptionsAllowASiblingFolderAndRemoteDocuments() throws Exception {
        Path work = Generation.tempDir("cli-refs");
        Files.createDirectories(work.resolve("api"));
        Files.createDirectories(work.resolve("common"));
        Files.writeString(work.resolve("common/pet.yaml"), "Pet:\n  type: object\n  properties:\n"
                + "    name: {type: string}\n");
        Path spec = Files.writeString(work.resolve("api/api.yaml"), "openapi: 3.1.0\ninfo: {title: T, version: \"1\"}\n"
                + "paths: {}\ncomponents:\n  schemas:\n    Holder:\n      type: object\n      properties:\n"
                + "        pet: {$ref: '../common/pet.yaml#/Pet'}\n"
                + "        far: {$ref: 'https://example.invalid/x.yaml'}\n");
        String[] required = {"--input", spec.toString(), "--output", work.resolve("out").toString(), "--package",
            "x.y"};

        assertThat(run(required)).isEqualTo(Main.BAD_SPEC);
        assertThat(stderr().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(spec + ":"));
        assertThat(stderr()).contains("--allowed-ref-directory", "--allow-remote-refs");

        err.reset();
        String[] withSibling = {"--input", spec.toString(), "--output", work.resolve("out").toString(), "--package",
            "x.y", "--allowed-ref-directory", work.toString()};
        assertThat(run(withSibling)).isEqualTo(Main.BAD_SPEC);
        assertThat(stderr().lines()).singleElement().asString().contains("names a remote document");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void unusableSettingsExitTwoNamingTheSettingAndWriteNothing() throws Exception {
        Path work = Generation.tempDir("cli-settings");
        String spec = Generation.canonicalSpec().toString();
        Path file = Files.writeString(work.resolve("a-file"), "mine");
        String out = work.resolve("out").toString();

        assertThat(run("--input", spec, "--output", out, "--package", "1a.b")).isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", out, "--package", "java.lang")).isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", out, "--package", "a." + "x".repeat(256)))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", work.toString(), "--output", out, "--package", "a.b"))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", work.resolve("none.yaml").toString(), "--output", out, "--package", "a.b"))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", file.toString(), "--package", "a.b"))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", file.resolve("below").toString(), "--package", "a.b"))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", out, "--package", "a.b", "--state", file.toString()))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(run("--input", spec, "--output", out, "--package", "a.b", "--change-report", work.toString()))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(stderr().lines()).containsExactly(
                "tristate: packageName '1a.b' is not a valid Java package name ('1a' is not an identifier)",
                "tristate: packageName starts with 'java', a package the Java runtime refuses to load classes"
                        + " into; choose your own package, such as com.acme.api",
                "tristate: packageName 'a." + "x".repeat(256) + "': a package name's part becomes a folder name,"
                        + " which file systems limit to 255 bytes",
                work + ": this is a directory; name the root OpenAPI document in it",
                work.resolve("none.yaml") + ": the spec file does not exist",
                "tristate: outputDirectory " + file + ": it is a file, not a directory",
                "tristate: outputDirectory " + file.resolve("below") + ": " + file + " is a file, not a directory",
                "tristate: state directory " + file + ": it is a file, not a directory",
                "tristate: changeReport " + work + ": it is a directory, not a file");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("mine");
    }

    @Test
    void outputThatCannotBeWrittenExitsThreeWithOneLineNamingThePath() throws Exception {
        Path work = Generation.tempDir("cli-output");
        // A directory where a source file has to go: the write fails however privileged the user is.
        Path blocked = Files.createDirectories(work.resolve("out/com/example/api/Connection.java/inside"));
        int code = run("--input", Generation.canonicalSpec().toString(), "--output", work.resolve("out").toString(),
                "--package", "com.example.api");
        assertThat(code).isEqualTo(Main.OUTPUT_FAILED);
        assertThat(stderr().lines()).containsExactly(blocked.getParent() + ": cannot write the file: "
                + "is a directory");
        assertThat(blocked).isDirectory();
    }

    @Test
    void aPathTheSystemCannotNameIsABadArgument() {
        assertThat(run("--input", "a\0b.yaml", "--output", "o", "--package", "a.b"))
                .isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(stderr()).startsWith("tristate: --input 'a").contains("' is not a path: ")
                .doesNotContain("Exception");
    }

    /** The two options of issue 15: Jackson 3 code and constraints, from the command line as from the plugin. */
    @Test
    void jacksonVersionAndBeanValidationReachTheCode() throws Exception {
        Path work = Generation.tempDir("cli-options");
        String spec = Generation.fixture("contract.yaml").toString();
        assertThat(run("--input", spec, "--output", work.resolve("j3").toString(), "--package", "it.j3",
                "--jackson-version", "3", "--bean-validation")).isZero();
        String code;
        try (java.util.stream.Stream<Path> files = Files.walk(work.resolve("j3"))) {
            StringBuilder all = new StringBuilder();
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                all.append(Files.readString(file));
            }
            code = all.toString();
        }
        assertThat(code).contains("import tools.jackson.").contains("import jakarta.validation.")
                .doesNotContain("import com.fasterxml.jackson.databind.");

        assertThat(run("--input", spec, "--output", work.resolve("j4").toString(), "--package", "it.j4",
                "--jackson-version", "4")).isEqualTo(Main.BAD_ARGUMENTS);
        assertThat(stderr()).contains("--jackson-version must be 2 or 3, not '4'");
        assertThat(work.resolve("j4")).doesNotExist();
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
