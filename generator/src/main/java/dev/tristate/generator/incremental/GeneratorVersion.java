package dev.tristate.generator.incremental;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The generator's own version, written into its jar by the build (resource filtering). */
public final class GeneratorVersion {

    private static final String VERSION = load();

    private GeneratorVersion() {}

    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = GeneratorVersion.class.getResourceAsStream("/dev/tristate/generator/version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
