package dev.tristate.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * What identifies the plugin's own code for the fingerprint: its version, and for SNAPSHOTs a checksum of each
 * Tristate jar, since a SNAPSHOT's code changes without its version changing.
 */
final class PluginFingerprint {

    private PluginFingerprint() {}

    static Map<String, String> of(PluginDescriptor plugin) {
        Map<String, String> extras = new TreeMap<>();
        extras.put("plugin", plugin.getGroupId() + ":" + plugin.getArtifactId() + ":" + plugin.getVersion());
        if (plugin.getPluginArtifact() != null) {
            add(extras, plugin.getPluginArtifact());
        }
        if (plugin.getArtifacts() != null) {
            for (Artifact artifact : plugin.getArtifacts()) {
                add(extras, artifact);
            }
        }
        return extras;
    }

    private static void add(Map<String, String> extras, Artifact artifact) {
        File file = artifact.getFile();
        if (!artifact.isSnapshot() || !"dev.tristate".equals(artifact.getGroupId()) || file == null
                || !file.isFile()) {
            return;
        }
        try {
            extras.put("jar " + artifact.getArtifactId(), checksum(file));
        } catch (IOException e) {
            extras.put("jar " + artifact.getArtifactId(), "unreadable " + file.lastModified());
        }
    }

    /**
     * CRC-32C of the jar's bytes: it tells one build of a SNAPSHOT from the next, and unlike a MessageDigest needs
     * no security provider, whose start-up would cost a no-op build more than the rest of its check.
     */
    private static String checksum(File file) throws IOException {
        CRC32C crc = new CRC32C();
        try (InputStream in = Files.newInputStream(file.toPath())) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                crc.update(buffer, 0, n);
            }
        }
        return Long.toHexString(crc.getValue()) + "/" + file.length();
    }
}
