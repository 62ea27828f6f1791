package dev.tristate.generator.incremental;

import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.read.Hashes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Digest of everything that decides the output: the generator's version, the effective configuration (the docs
 * directory included), the extras the caller adds, and the bytes of every input file. Equal fingerprints mean
 * equal outputs.
 */
public final class Fingerprint {

    private Fingerprint() {}

    /**
     * The fingerprint over input files as they are on disk now. A file whose size and modification time are as
     * recorded keeps its recorded digest; any other is read and digested again.
     *
     * @return empty when an input file no longer exists
     */
    public static Optional<String> ofFiles(GeneratorConfig config, List<BuildState.Input> inputs) {
        Map<String, String> digests = new TreeMap<>();
        for (BuildState.Input input : inputs) {
            Path path = Path.of(input.path());
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                boolean untouched = attributes.size() == input.size()
                        && attributes.lastModifiedTime().toMillis() == input.lastModified();
                digests.put(input.path(), untouched ? input.sha256() : Hashes.hex(Hashes.sha256(path)));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(of(config, digests));
    }

    /**
     * The fingerprint over input files already read, given as absolute path → SHA-256 in hex. It is the canonical
     * text of everything it covers, one line each, not a digest of it: comparing two of them needs no
     * MessageDigest, whose first use costs a cold JVM more than the rest of a no-op check.
     */
    public static String of(GeneratorConfig config, Map<String, String> inputDigests) {
        StringBuilder text = new StringBuilder();
        line(text, "generator " + GeneratorVersion.get());
        line(text, "inputSpec " + absolute(config.inputSpec()));
        line(text, "outputDirectory " + absolute(config.outputDirectory()));
        line(text, "packageName " + config.packageName());
        line(text, "baseline " + (config.baseline() == null ? "" : absolute(config.baseline())));
        line(text, "changeReport " + (config.changeReport() == null ? "" : absolute(config.changeReport())));
        line(text, "failOnBreakingChange " + config.failOnBreakingChange());
        line(text, "docsDirectory " + (config.docsDirectory() == null ? "" : absolute(config.docsDirectory())));
        // Narrowing what references may reach must re-check the spec, not reuse a run the old policy allowed.
        config.allowedRefDirectories().forEach(directory -> line(text, "allowedRefDirectory " + absolute(directory)));
        line(text, "allowRemoteRefs " + config.allowRemoteRefs());
        line(text, "jacksonVersion " + config.jacksonVersion().option());
        line(text, "beanValidation " + config.beanValidation());
        config.fingerprintExtras().forEach((name, value) -> line(text, "extra " + name + " " + value));
        new TreeMap<>(inputDigests).forEach((path, sha) -> line(text, "input " + path + " " + sha));
        return text.toString();
    }

    static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    /** Line breaks inside a value would split its line: they are replaced, which only ever costs a rebuild. */
    private static void line(StringBuilder text, String line) {
        text.append(line.replace('\n', '?').replace('\r', '?')).append('\n');
    }
}
