package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
