package dev.tristate.generator.support;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test shortcuts for running the generator on fixtures and on the canonical spec. */
public final class Generation {

    private Generation() {}

    /** The canonical spec, read from the spec module's sources (the tests run with the generator module as cwd). */
    public static Path canonicalSpec() {
        Path spec = Path.of("..", "spec", "src", "main", "resources", "openapi", "connections.yaml");
        if (!Files.isRegularFile(spec)) {
            throw new AssertionError("canonical spec not found at " + spec.toAbsolutePath());
        }
        return spec;
    }

    /** A spec under src/test/resources/fixtures. */
    public static Path fixture(String name) {
        try {
            var url = Generation.class.getResource("/fixtures/" + name);
            if (url == null) {
                throw new AssertionError("no fixture " + name);
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static GenerationResult generate(Path spec, Path output, String packageName) {
        return generate(spec, output, packageName, JacksonVersion.V2);
    }

    public static GenerationResult generate(Path spec, Path output, String packageName, JacksonVersion jackson) {
        return generate(GeneratorConfig.builder().inputSpec(spec).outputDirectory(output).packageName(packageName)
                .jacksonVersion(jackson).build());
    }

    public static GenerationResult generate(GeneratorConfig config) {
        try {
            return new Generator().generate(config);
        } catch (GenerationException e) {
            throw new AssertionError("generation failed:\n" + e.getMessage(), e);
        }
    }

    public static Path tempDir(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
