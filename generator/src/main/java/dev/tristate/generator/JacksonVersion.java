package dev.tristate.generator;

import java.util.Locale;

/**
 * Which Jackson line the generated code is written for. The annotations are the same
 * ({@code com.fasterxml.jackson.annotation}); databind and core types (builders, the union readers) differ.
 */
public enum JacksonVersion {
    /** Jackson 2 ({@code com.fasterxml.jackson.core:jackson-databind}, plus jackson-datatype-jsr310). */
    V2("2"),
    /** Jackson 3 ({@code tools.jackson.core:jackson-databind}; java.time support is built in). */
    V3("3");

    private final String option;

    JacksonVersion(String option) {
        this.option = option;
    }

    /** The option's value, as the plugin parameter and the CLI take it: {@code 2} or {@code 3}. */
    public String option() {
        return option;
    }

    /**
     * Reads an option value: {@code 2} or {@code 3} (also {@code 2.x}, {@code 3.x}, {@code jackson3}).
     *
     * @throws IllegalArgumentException naming the values allowed
     */
    public static JacksonVersion parse(String value) {
        String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("jackson")) {
            text = text.substring("jackson".length()).trim();
        }
        if (text.equals("2") || text.startsWith("2.")) {
            return V2;
        }
        if (text.equals("3") || text.startsWith("3.")) {
            return V3;
        }
        throw new IllegalArgumentException("jacksonVersion must be 2 or 3, not '" + value + "'");
    }
}
