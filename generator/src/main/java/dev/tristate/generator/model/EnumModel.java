package dev.tristate.generator.model;

import java.util.List;

/**
 * A string enum. Generated as an open enum: values the spec does not list are kept, not rejected.
 *
 * @param constants the listed values in spec order, without {@code null} (a listed null makes the use nullable)
 */
public record EnumModel(String className, String schemaPointer, Docs docs, List<EnumConstant> constants)
        implements TypeModel {

    public EnumModel {
        constants = List.copyOf(constants);
    }

    /**
     * One listed value.
     *
     * @param javaName the constant's Java name (unique, never a keyword)
     * @param wireValue the value exactly as sent on the wire
     */
    public record EnumConstant(String javaName, String wireValue) {}
}
