package dev.tristate.generator;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Everything that decides what the generator writes. Two runs with equal configurations and equal spec bytes
 * write equal bytes, so this record is also what an incremental build fingerprints.
 *
 * @param inputSpec the root OpenAPI document (YAML or JSON, 3.0 or 3.1)
 * @param outputDirectory the source root the Java packages are written below
 * @param packageName the Java package of every generated type
 */
public record GeneratorConfig(Path inputSpec, Path outputDirectory, String packageName) {

    public GeneratorConfig {
        Objects.requireNonNull(inputSpec, "inputSpec");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path inputSpec;
        private Path outputDirectory;
        private String packageName;

        private Builder() {}

        public Builder inputSpec(Path inputSpec) {
            this.inputSpec = inputSpec;
            return this;
        }

        public Builder outputDirectory(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
            return this;
        }

        public Builder packageName(String packageName) {
            this.packageName = packageName;
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(inputSpec, outputDirectory, packageName);
        }
    }
}
