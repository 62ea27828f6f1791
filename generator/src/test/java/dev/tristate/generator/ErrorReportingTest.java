package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Bad input gets a located, complete error, and nothing is written. */
class ErrorReportingTest {

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path spec = Generation.fixture("broken-syntax.yaml");
        GenerationException e = failure(spec, Generation.tempDir("broken"));
        assertThat(e.problems()).hasSize(1);
        Problem problem = e.problems().get(0);
        assertThat(problem.file()).isEqualTo(spec.toString());
        assertThat(problem.line()).isEqualTo(10);
        assertThat(problem.column()).isEqualTo(12);
        assertThat(e.getMessage()).startsWith(spec + ":10:12: syntax error: ");
    }

    @Test
    void everySemanticErrorIsReportedAtOnceWithItsLocation() {
        Path spec = Generation.fixture("semantic-errors.yaml");
        GenerationException e = failure(spec, Generation.tempDir("semantic"));
        assertThat(e.getMessage().lines()).containsExactly(
                spec + ":10:11: dangling $ref '#/components/schemas/Owner': no schema 'Owner' in components.schemas",
                spec + ":12:11: unknown type 'integr'; expected one of string, integer, number, boolean, array,"
                        + " object, null");
    }

    @Test
    void failedGenerationWritesNothingAndKeepsUserFiles() throws IOException {
        Path output = Generation.tempDir("keep");
        Path userFile = Files.writeString(output.resolve("Mine.java"), "class Mine {}");
        failure(Generation.fixture("semantic-errors.yaml"), output);
        try (Stream<Path> files = Files.walk(output)) {
            assertThat(files.filter(Files::isRegularFile)).containsExactly(userFile);
        }
        assertThat(Files.readString(userFile)).isEqualTo("class Mine {}");
    }

    @Test
    void everyDanglingRefIsReportedWhereItIsWrittenEvenInAReferencedFile() {
        Path spec = Generation.fixture("broken/dangling-refs.yaml");
        String toys = "parts/toys.yaml";
        GenerationException e = failure(spec, Generation.tempDir("dangling"));
        assertThat(relative(spec, e)).containsExactly(
                "dangling-refs.yaml:7:17: dangling $ref '#/components/responses/Missing': nothing at"
                        + " '/components/responses/Missing' in this file",
                "dangling-refs.yaml:13:17: dangling $ref '#/components/schemas/Owner': no schema 'Owner' in"
                        + " components.schemas",
                "dangling-refs.yaml:14:16: dangling $ref '#/components/schemas/Home': no schema 'Home' in"
                        + " components.schemas",
                "dangling-refs.yaml:15:15: dangling $ref 'parts/tags.yaml#/Tag': nothing at '/Tag' in"
                        + " 'parts/tags.yaml'",
                "dangling-refs.yaml:16:15: dangling $ref 'parts/no-such-file.yaml#/Vet': no file"
                        + " 'parts/no-such-file.yaml'",
                "dangling-refs.yaml:21:11: dangling $ref '#/components/schemas/Cat': no schema 'Cat' in"
                        + " components.schemas",
                toys + ":4:13: dangling $ref '#/Maker': nothing at '/Maker' in this file",
                toys + ":5:14: dangling $ref 'tags.yaml#/Colour': nothing at '/Colour' in 'parts/tags.yaml'");
    }

    @Test
    void keywordsOfTheWrongTypeAreReportedTogetherWithEveryOtherError() {
        Path spec = Generation.fixture("broken/wrong-types.yaml");
        GenerationException e = failure(spec, Generation.tempDir("types"));
        String known = "; expected one of string, integer, number, boolean, array, object, null";
        assertThat(relative(spec, e)).containsExactly(
                "wrong-types.yaml:8:7: 'required' must be a list of property names; found a string",
                "wrong-types.yaml:10:16: unknown type 'strnig'" + known,
                "wrong-types.yaml:11:30: 'required' must be a list of property names; found a boolean (a property"
                        + " is made required in its object's 'required' list)",
                "wrong-types.yaml:12:29: 'items' must be a schema; found a list (a list of item schemas is"
                        + " 'prefixItems' in OpenAPI 3.1)",
                "wrong-types.yaml:13:31: 'additionalProperties' must be a schema or a boolean; found a string",
                "wrong-types.yaml:14:16: unknown type '5'" + known,
                "wrong-types.yaml:15:17: dangling $ref '#/components/schemas/Owner': no schema 'Owner' in"
                        + " components.schemas",
                "wrong-types.yaml:18:7: 'enum' must be a list of values; found a map",
                "wrong-types.yaml:21:7: 'properties' must map property names to schemas; found a list",
                "wrong-types.yaml:23:7: 'oneOf' must be a list of schemas; found a map",
                "wrong-types.yaml:24:7: 'nullable' must be true or false; found a string",
                "wrong-types.yaml:26:7: unknown type 'strnig'" + known);
    }

    @Test
    void syntaxErrorsInReferencedFilesAreLocatedInThemAlongsideTheRootsErrors() {
        Path spec = Generation.fixture("broken/referenced-syntax-error.yaml");
        GenerationException e = failure(spec, Generation.tempDir("referenced-syntax"));
        assertThat(relative(spec, e)).containsExactly(
                "referenced-syntax-error.yaml:11:15: unknown type 'integr'; expected one of string, integer, number,"
                        + " boolean, array, object, null",
                "parts/also-broken.json:4:48: syntax error: Unexpected character ('}' (code 125)): was expecting"
                        + " double-quote to start field name",
                "parts/broken.yaml:5:9: syntax error: while parsing a flow mapping (line 4, column 11) expected ','"
                        + " or '}', but got : (line 5, column 9)");
    }

    /** A second YAML document was ignored without a word; an empty one after a last "---" holds nothing. */
    @Test
    void aSecondDocumentIsAWarningAtItsStart() throws Exception {
        Path dir = Generation.tempDir("second-document");
        String first = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n"
                + "    A:\n      type: object\n      properties:\n        x: {type: string}\n";
        Path two = Files.writeString(dir.resolve("two.yaml"), first + "---\nB: {type: object}\n");
        GenerationResult result = new Generator().generate(GeneratorConfig.builder().inputSpec(two)
                .outputDirectory(dir.resolve("out")).packageName("it.two").build());
        assertThat(result.warnings()).extracting(Problem::toString).contains(two + ":11:1: a second document starts"
                + " here; Tristate reads only the first document of a file, and ignores this one and any after it");
        Path trailing = Files.writeString(dir.resolve("trailing.yaml"), first + "---\n");
        GenerationResult none = new Generator().generate(GeneratorConfig.builder().inputSpec(trailing)
                .outputDirectory(dir.resolve("out2")).packageName("it.two").build());
        assertThat(none.warnings()).extracting(Problem::message).noneMatch(m -> m.contains("second document"));
    }

    /** Once, where it is: the model used to report it a second time at the root's components.schemas. */
    @Test
    void aWrongKeywordInAReferencedFileIsReportedOnceInThatFile() {
        Path spec = Generation.fixture("broken/referenced-wrong-type.yaml");
        GenerationException e = failure(spec, Generation.tempDir("referenced-wrong-type"));
        assertThat(relative(spec, e)).containsExactly(
                "parts/wrong-type.yaml:4:9: unknown type 'strnig'; expected one of string, integer, number, boolean,"
                        + " array, object, null",
                "parts/wrong-type.yaml:5:23: 'minLength' must be a whole number, 0 or more; found a string ('3')");
    }

    /**
     * A spec broken after a good run: the error names every problem, and the previous sources, docs and state stay
     * as they were, byte for byte and time for time, with the user's own file; the fixed spec generates again.
     */
    @Test
    void aBrokenSpecAfterAGoodRunLeavesEveryFileAsItWas() throws Exception {
        Path work = Generation.tempDir("broken-after-good");
        Path spec = work.resolve("api.yaml");
        Files.copy(Generation.fixture("contract.yaml"), spec);
        Path output = Files.createDirectories(work.resolve("out"));
        Path userFile = Files.writeString(output.resolve("Mine.java"), "class Mine {}");
        GeneratorConfig config = GeneratorConfig.builder().inputSpec(spec).outputDirectory(output)
                .packageName("it.errors").stateDirectory(work.resolve("state")).docsDirectory(work.resolve("docs"))
                .build();
        new Generator().generate(config);
        Map<Path, String> before = snapshot(work);

        Files.copy(Generation.fixture("broken/wrong-types.yaml"), spec, StandardCopyOption.REPLACE_EXISTING);
        Map<Path, String> withBrokenSpec = snapshot(work);
        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> new Generator().generate(config));
        assertThat(e.problems()).hasSize(12);
        assertThat(snapshot(work)).isEqualTo(withBrokenSpec);
        withBrokenSpec.remove(spec);
        before.remove(spec);
        assertThat(withBrokenSpec).isEqualTo(before);
        assertThat(Files.readString(userFile)).isEqualTo("class Mine {}");

        // The state still describes the last good run, so the spec put back as it was needs nothing done.
        Files.copy(Generation.fixture("contract.yaml"), spec, StandardCopyOption.REPLACE_EXISTING);
        assertThat(new Generator().generate(config).status()).isEqualTo(GenerationResult.Status.UP_TO_DATE);
        Files.writeString(spec, Files.readString(spec).replace("Contract cells", "Contract cells, fixed"));
        assertThat(new Generator().generate(config).changedFiles()).isNotEmpty();
    }

    /** Every file below a folder: its bytes' digest and its modification time. */
    private static Map<Path, String> snapshot(Path folder) throws IOException {
        Map<Path, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path file : all.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(file, Arrays.hashCode(Files.readAllBytes(file)) + "@"
                        + Files.getLastModifiedTime(file).toMillis());
            }
        }
        return files;
    }

    /** Each problem in compiler form, with paths (of the file and in the message) relative to the spec's folder. */
    private static List<String> relative(Path spec, GenerationException e) {
        String folder = spec.getParent() + "/";
        return e.problems().stream().map(p -> (p.toString().startsWith(folder)
                ? p.toString().substring(folder.length()) : p.toString()).replace(folder, ""))
                .collect(Collectors.toList());
    }

    @Test
    void missingSpecFileIsNamed() {
        Path spec = Path.of("no", "such", "spec.yaml");
        assertThat(failure(spec, Generation.tempDir("missing")).getMessage())
                .isEqualTo(spec + ": the spec file does not exist");
    }

    @Test
    void notAnOpenApiDocumentIsSaidSo() throws IOException {
        Path spec = Files.writeString(Generation.tempDir("notoas").resolve("x.yaml"), "hello: world\n");
        assertThat(failure(spec, Generation.tempDir("notoas-out")).getMessage())
                .startsWith(spec + ":1:1: not an OpenAPI 3 document");
    }

    @Test
    void invalidPackageNameIsAConfigurationError() {
        assertThatThrownBy(() -> new Generator().generate(GeneratorConfig.builder()
                        .inputSpec(Generation.canonicalSpec())
                        .outputDirectory(Generation.tempDir("pkg"))
                        .packageName("com.acme.class")
                        .build()))
                .isInstanceOf(GenerationException.class)
                .hasMessage("configuration: packageName 'com.acme.class' is not a valid Java package name"
                        + " ('class' is not an identifier)");
    }

    private static GenerationException failure(Path spec, Path output) {
        return catchThrowableOfType(GenerationException.class, () -> new Generator().generate(GeneratorConfig.builder()
                .inputSpec(spec).outputDirectory(output).packageName("it.errors").build()));
    }
}
