package dev.tristate.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.openapitools.codegen.config.GlobalSettings;

/**
 * Tristate run by OpenAPI Generator in this JVM, as openapi-generator-maven-plugin and the CLI run it
 * ({@link CodegenConfigurator}, then {@link DefaultGenerator}): same files as Tristate's own generator, and nothing
 * of OpenAPI Generator's but its metadata.
 */
class HostedGenerationTest {

    private static final String PACKAGE = "dev.tristate.samples.connections";
    private static final Path SPEC = Path.of(System.getProperty("tristate.spec",
            "../spec/src/main/resources/openapi/connections.yaml"));

    @TempDir
    Path dir;

    @AfterEach
    void resetGlobalSettings() {
        GlobalSettings.reset();
    }

    private static List<File> openApiGenerator(Path spec, Path output, boolean supportingFiles,
            Consumer<CodegenConfigurator> configure) {
        CodegenConfigurator configurator = new CodegenConfigurator()
                .setGeneratorName("tristate")
                .setInputSpec(spec.toString())
                .setOutputDir(output.toString())
                .setModelPackage(PACKAGE);
        configure.accept(configurator);
        DefaultGenerator generator = new DefaultGenerator();
        // What <generateApis>false</generateApis> amounts to (or --global-property models,supportingFiles).
        generator.setGeneratorPropertyDefault(CodegenConstants.MODELS, "true");
        generator.setGeneratorPropertyDefault(CodegenConstants.SUPPORTING_FILES, Boolean.toString(supportingFiles));
        return generator.opts(configurator.toClientOptInput()).generate();
    }

    private static Map<String, String> tree(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).collect(Collectors.toList())) {
                files.put(root.relativize(file).toString().replace(File.separatorChar, '/'),
                        Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    @Test
    void writesTheSameJavaFilesAsTristateByteForByte() throws Exception {
        Path hosted = dir.resolve("hosted");
        Path direct = dir.resolve("direct");

        openApiGenerator(SPEC, hosted, true, c -> { });
        new Generator().generate(GeneratorConfig.builder()
                .inputSpec(SPEC).outputDirectory(direct).packageName(PACKAGE).build());

        Map<String, String> expected = tree(direct);
        assertThat(expected).hasSize(13);
        assertThat(tree(hosted.resolve("src/main/java"))).isEqualTo(expected);
        for (String file : expected.keySet()) {
            assertThat(Files.readAllBytes(hosted.resolve("src/main/java").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(direct.resolve(file)));
        }
    }

    @Test
    void openApiGeneratorWritesOnlyItsMetadata() throws Exception {
        Path output = dir.resolve("out");

        List<File> reported = openApiGenerator(SPEC, output, true, c -> { });

        assertThat(tree(output).keySet()).filteredOn(f -> !f.startsWith("src/main/java/dev/tristate/samples/"))
                .containsExactly(".openapi-generator-ignore", ".openapi-generator/FILES",
                        ".openapi-generator/VERSION", ".tristate/model.json", ".tristate/state.txt");
        assertThat(Files.readString(output.resolve(".openapi-generator/FILES")))
                .isEqualTo(".openapi-generator-ignore" + System.lineSeparator());
        assertThat(reported).extracting(f -> output.relativize(f.toPath().toAbsolutePath()).toString())
                .containsExactlyInAnyOrder(".openapi-generator-ignore", ".openapi-generator/VERSION",
                        ".openapi-generator/FILES");
    }

    @Test
    void withoutSupportingFilesOpenApiGeneratorWritesNothing() throws Exception {
        Path output = dir.resolve("out");

        List<File> reported = openApiGenerator(SPEC, output, false, c -> { });

        assertThat(reported).isEmpty();
        assertThat(tree(output).keySet()).filteredOn(f -> !f.startsWith("src/main/java/dev/tristate/samples/"))
                .containsExactly(".tristate/model.json", ".tristate/state.txt");
        assertThat(tree(output.resolve("src/main/java"))).hasSize(13);
    }

    @Test
    void sourceFolderOptionPlacesThePackages() throws Exception {
        Path output = dir.resolve("out");

        openApiGenerator(SPEC, output, false, c -> c.addAdditionalProperty("sourceFolder", "generated/java"));

        assertThat(output.resolve("generated/java/dev/tristate/samples/connections/Connection.java")).isRegularFile();
        assertThat(output.resolve("src")).doesNotExist();
    }

    @Test
    void aSecondRunRewritesNothingAndARemovedSchemaIsDeleted() throws Exception {
        Path output = dir.resolve("out");
        Path spec = dir.resolve("connections.yaml");
        Files.copy(SPEC, spec);
        openApiGenerator(spec, output, false, c -> { });
        Path models = output.resolve("src/main/java/dev/tristate/samples/connections");
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        for (Path file : List.of(models.resolve("Connection.java"), models.resolve("ConnectSessionTokenAuthLinkType.java"))) {
            Files.setLastModifiedTime(file, old);
        }

        openApiGenerator(spec, output, false, c -> { });

        assertThat(Files.getLastModifiedTime(models.resolve("Connection.java"))).isEqualTo(old);

        // The previous revision has no ConnectSessionTokenAuthLinkType: its file goes, as with tristate:generate.
        Files.copy(SPEC.resolveSibling("connections-previous.yaml"), spec,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        openApiGenerator(spec, output, false, c -> { });

        assertThat(models.resolve("ConnectSessionTokenAuthLinkType.java")).doesNotExist();
        assertThat(tree(output.resolve("src/main/java"))).hasSize(12);
    }

    @Test
    void aSpecTristateCannotGenerateFailsWithEveryProblemLocatedAndWritesNothing() throws Exception {
        Path spec = dir.resolve("broken.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: Broken, version: '1'}",
                "paths: {}",
                "components:",
                "  schemas:",
                "    Pet:",
                "      type: object",
                "      properties:",
                "        owner:",
                "          $ref: '#/components/schemas/Owner'",
                "        age:",
                "          type: integr",
                ""));
        Path output = dir.resolve("out");

        assertThatThrownBy(() -> openApiGenerator(spec, output, true, c -> c.setValidateSpec(false)))
                .isInstanceOf(TristateException.class)
                .hasMessageStartingWith("Tristate cannot generate models from " + spec + ":" + System.lineSeparator())
                .hasMessageContaining(spec + ":10:")
                .hasMessageContaining(spec + ":12:");
        assertThat(output).doesNotExist();
    }

    @Test
    void aRefusedOptionFailsBeforeAnythingIsWritten() {
        Path output = dir.resolve("out");

        assertThatThrownBy(() -> openApiGenerator(SPEC, output, true, c -> c.setLibrary("native")))
                .isInstanceOf(TristateException.class)
                .hasMessageContaining("library 'native'");
        assertThat(output).doesNotExist();
    }
}
