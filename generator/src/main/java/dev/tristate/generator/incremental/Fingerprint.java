package dev.tristate.generator.incremental;

import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.read.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
        Map<String, byte[]> digests = new TreeMap<>();
        for (BuildState.Input input : inputs) {
            Path path = Path.of(input.path());
            try {
                BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
                boolean untouched = attributes.size() == input.size()
                        && attributes.lastModifiedTime().toMillis() == input.lastModified();
                digests.put(input.path(), untouched ? Hashes.unhex(input.sha256()) : Hashes.sha256(path));
            } catch (IOException | IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(of(config, digests));
    }

    /** The fingerprint over input files already read, given as absolute path → SHA-256. */
    public static String of(GeneratorConfig config, Map<String, byte[]> inputDigests) {
        MessageDigest digest = sha256();
        line(digest, "generator " + GeneratorVersion.get());
        line(digest, "inputSpec " + absolute(config.inputSpec()));
        line(digest, "outputDirectory " + absolute(config.outputDirectory()));
        line(digest, "packageName " + config.packageName());
        line(digest, "baseline " + (config.baseline() == null ? "" : absolute(config.baseline())));
        line(digest, "changeReport " + (config.changeReport() == null ? "" : absolute(config.changeReport())));
        line(digest, "failOnBreakingChange " + config.failOnBreakingChange());
        line(digest, "docsDirectory " + (config.docsDirectory() == null ? "" : absolute(config.docsDirectory())));
        config.fingerprintExtras().forEach((name, value) -> line(digest, "extra " + name + " " + value));
        new TreeMap<>(inputDigests).forEach((path, sha) -> line(digest, "input " + path + " " + Hashes.hex(sha)));
        return Hashes.hex(digest.digest());
    }

    static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static void line(MessageDigest digest, String line) {
        digest.update((line + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
