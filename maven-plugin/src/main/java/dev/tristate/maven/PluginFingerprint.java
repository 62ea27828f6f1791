package dev.tristate.maven;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.descriptor.PluginDescriptor;

/**
 * What identifies the plugin's own code for the fingerprint: its version, and for SNAPSHOTs the digest of each
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
            extras.put("jar " + artifact.getArtifactId(), sha256(file));
        } catch (IOException e) {
            extras.put("jar " + artifact.getArtifactId(), "unreadable " + file.lastModified());
        }
    }

    private static String sha256(File file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file.toPath()),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
