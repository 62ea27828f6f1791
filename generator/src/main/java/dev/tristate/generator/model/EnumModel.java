package dev.tristate.generator.model;

import java.util.List;

/**
 * An enum of strings or of integers. Generated as an open enum: values the spec does not list are kept, not
 * rejected.
 *
 * @param constants the listed values in spec order, without {@code null} (a listed null makes the use nullable)
 * @param integer whether the values are JSON integers rather than strings
 */
public record EnumModel(String className, String schemaPointer, Docs docs, List<EnumConstant> constants,
        boolean integer) implements TypeModel {

    public EnumModel {
        constants = List.copyOf(constants);
    }

    public EnumModel(String className, String schemaPointer, Docs docs, List<EnumConstant> constants) {
        this(className, schemaPointer, docs, constants, false);
    }

    /**
     * One listed value.
     *
     * @param javaName the constant's Java name (unique, never a keyword)
     * @param wireValue the value exactly as sent on the wire (for an integer enum, its decimal digits)
     */
    public record EnumConstant(String javaName, String wireValue) {}
}
