package dev.tristate.generator;

import dev.tristate.generator.read.RefPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything that decides what the generator writes. Two runs with equal configurations and equal spec bytes
 * write equal bytes, so this record, with the spec files' contents, is what an incremental build fingerprints.
 *
 * @param inputSpec the root OpenAPI document (YAML or JSON, 3.0 or 3.1)
 * @param outputDirectory the source root the Java packages are written below
 * @param packageName the Java package of every generated type
 * @param stateDirectory where the last run's fingerprint and outputs are kept; null runs without incremental state
 *     (every run generates, and nothing stale is deleted)
 * @param force generate even when the fingerprint says nothing changed
 * @param fingerprintExtras more things that decide the output, named (for example the bytes of a SNAPSHOT plugin
 *     jar, as a digest); part of the fingerprint, in name order
 * @param baseline a spec to compare the models with instead of the last run's; null compares with the last run
 * @param changeReport where to write the Markdown change report; null writes none
 * @param failOnBreakingChange refuse to generate when a change breaks the wire (either revision's clients reading
 *     the other's JSON), reporting each
 * @param docsDirectory where to write Markdown documentation of the models (one page per type and an index,
 *     {@code README.md}); null writes none
 * @param allowedRefDirectories folders a {@code $ref} may read files from, besides the folder of the spec's root
 *     document (and of the baseline's); a reference to a file anywhere else is refused before it is read
 * @param allowRemoteRefs let a {@code $ref} name an http or https URL, which Swagger Parser then fetches; refused
 *     by default, before any connection is made
 * @param jacksonVersion the Jackson line the generated code is written for (2 by default)
 * @param beanValidation put Jakarta Bean Validation constraints from the spec on the generated classes
 */
public record GeneratorConfig(
        Path inputSpec,
        Path outputDirectory,
        String packageName,
        Path stateDirectory,
        boolean force,
        SortedMap<String, String> fingerprintExtras,
        Path baseline,
        Path changeReport,
        boolean failOnBreakingChange,
        Path docsDirectory,
        List<Path> allowedRefDirectories,
        boolean allowRemoteRefs,
        JacksonVersion jacksonVersion,
        boolean beanValidation) {

    public GeneratorConfig {
        Objects.requireNonNull(inputSpec, "inputSpec");
        jacksonVersion = jacksonVersion == null ? JacksonVersion.V2 : jacksonVersion;
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        fingerprintExtras = Collections.unmodifiableSortedMap(new TreeMap<>(fingerprintExtras));
        allowedRefDirectories = List.copyOf(allowedRefDirectories);
    }

    /** The configuration as it was before the Jackson line and Bean Validation could be chosen. */
    public GeneratorConfig(
            Path inputSpec, Path outputDirectory, String packageName, Path stateDirectory, boolean force,
            SortedMap<String, String> fingerprintExtras, Path baseline, Path changeReport,
            boolean failOnBreakingChange, Path docsDirectory, List<Path> allowedRefDirectories,
            boolean allowRemoteRefs) {
        this(inputSpec, outputDirectory, packageName, stateDirectory, force, fingerprintExtras, baseline,
                changeReport, failOnBreakingChange, docsDirectory, allowedRefDirectories, allowRemoteRefs,
                JacksonVersion.V2, false);
    }

    /** Where the spec's references may lead. */
    public RefPolicy refPolicy() {
        return new RefPolicy(allowedRefDirectories, allowRemoteRefs);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private Path inputSpec;
        private Path outputDirectory;
        private String packageName;
        private Path stateDirectory;
        private boolean force;
        private final SortedMap<String, String> fingerprintExtras = new TreeMap<>();
        private Path baseline;
        private Path changeReport;
        private boolean failOnBreakingChange;
        private Path docsDirectory;
        private final List<Path> allowedRefDirectories = new ArrayList<>();
        private boolean allowRemoteRefs;
        private JacksonVersion jacksonVersion = JacksonVersion.V2;
        private boolean beanValidation;

        private Builder() {}

        /** The Jackson line the generated code is written for: 2 (the default) or 3. */
        public Builder jacksonVersion(JacksonVersion jacksonVersion) {
            this.jacksonVersion = Objects.requireNonNull(jacksonVersion, "jacksonVersion");
            return this;
        }

        /** Jakarta Bean Validation constraints from the spec's keywords (off by default). */
        public Builder beanValidation(boolean beanValidation) {
            this.beanValidation = beanValidation;
            return this;
        }

        /** Adds folders a {@code $ref} may read files from (the spec's own folder always may). */
        public Builder allowedRefDirectories(List<Path> directories) {
            this.allowedRefDirectories.addAll(directories);
            return this;
        }

        /** Lets a {@code $ref} name an http or https URL, which is then fetched. */
        public Builder allowRemoteRefs(boolean allowRemoteRefs) {
            this.allowRemoteRefs = allowRemoteRefs;
            return this;
        }

        /** Where to write the Markdown documentation of the models; null (the default) writes none. */
        public Builder docsDirectory(Path docsDirectory) {
            this.docsDirectory = docsDirectory;
            return this;
        }

        public Builder baseline(Path baseline) {
            this.baseline = baseline;
            return this;
        }

        public Builder changeReport(Path changeReport) {
            this.changeReport = changeReport;
            return this;
        }

        public Builder failOnBreakingChange(boolean failOnBreakingChange) {
            this.failOnBreakingChange = failOnBreakingChange;
            return this;
        }

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

        public Builder stateDirectory(Path stateDirectory) {
            this.stateDirectory = stateDirectory;
            return this;
        }

        public Builder force(boolean force) {
            this.force = force;
            return this;
        }

        public Builder fingerprintExtra(String name, String value) {
            this.fingerprintExtras.put(name, value);
            return this;
        }

        public Builder fingerprintExtras(Map<String, String> extras) {
            this.fingerprintExtras.putAll(extras);
            return this;
        }

        public GeneratorConfig build() {
            return new GeneratorConfig(inputSpec, outputDirectory, packageName, stateDirectory, force,
                    fingerprintExtras, baseline, changeReport, failOnBreakingChange, docsDirectory,
                    allowedRefDirectories, allowRemoteRefs, jacksonVersion, beanValidation);
        }
    }
}
