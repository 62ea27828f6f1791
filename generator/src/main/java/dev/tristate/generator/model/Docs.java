package dev.tristate.generator.model;

import java.util.List;

/**
 * What the spec says to a human reader.
 *
 * @param description the description, or empty
 * @param examples example values rendered as compact JSON, in spec order
 * @param deprecated whether the spec marks the schema or property deprecated
 * @param defaultValue the {@code default} rendered as compact JSON, or empty; documented only, never applied
 * @param access whether the value is only sent by the server, only by the client, or both
 */
public record Docs(String description, List<String> examples, boolean deprecated, String defaultValue,
        Access access) {

    public static final Docs NONE = new Docs("", List.of(), false);

    /** Who sends a value: OpenAPI's {@code readOnly} and {@code writeOnly}. */
    public enum Access { READ_WRITE, READ_ONLY, WRITE_ONLY }

    public Docs {
        description = description == null ? "" : description;
        examples = examples == null ? List.of() : List.copyOf(examples);
        defaultValue = defaultValue == null ? "" : defaultValue;
        access = access == null ? Access.READ_WRITE : access;
    }

    public Docs(String description, List<String> examples, boolean deprecated) {
        this(description, examples, deprecated, "", Access.READ_WRITE);
    }
}
