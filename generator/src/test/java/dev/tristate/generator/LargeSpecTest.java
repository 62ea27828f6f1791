package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.support.Generation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A YAML spec over SnakeYAML's default 3 Mi code points (Stripe's is 4 MB) generates with default settings. */
class LargeSpecTest {

    @Test
    void yamlOverThreeMebiCodePointsIsRead() throws Exception {
        StringBuilder yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: Large, version: '1'}\npaths: {}\n"
                + "components:\n  schemas:\n");
        String description = "x".repeat(30_000);
        for (int i = 0; yaml.length() < 3_500_000; i++) {
            yaml.append("    Model").append(i).append(":\n      type: object\n      description: ")
                    .append(description).append("\n      properties:\n        name: {type: string}\n");
        }
        Path spec = Files.writeString(Generation.tempDir("large").resolve("large.yaml"), yaml);
        assertThat(Files.size(spec)).isGreaterThan(3L * 1024 * 1024);
        GenerationResult result = Generation.generate(spec, Generation.tempDir("large-out"), "it.large");
        assertThat(result.generatedFiles()).hasSizeGreaterThan(100);
    }
}
