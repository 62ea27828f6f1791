package dev.tristate.generator.model;

import java.util.List;

/**
 * What the spec says to a human reader.
 *
 * @param description the description, or empty
 * @param examples example values rendered as compact JSON, in spec order
 * @param deprecated whether the spec marks the schema or property deprecated
 */
public record Docs(String description, List<String> examples, boolean deprecated) {

    public static final Docs NONE = new Docs("", List.of(), false);

    public Docs {
        description = description == null ? "" : description;
        examples = List.copyOf(examples);
    }
}
