package dev.tristate.generator.model;

import java.util.List;

/**
 * An object schema: one immutable class with a builder.
 *
 * @param properties in spec order; wire names and Java names are each unique (for {@code allOf}, every member's
 *     properties merged, in member order)
 * @param interfaces the generated interfaces the class implements: the unions it is a variant of, and the views of
 *     the {@code allOf} bases whose properties it has with the same Java shape
 * @param additionalValues the type of properties the spec does not declare ({@code additionalProperties: schema}),
 *     or {@code ANY} when they may be anything
 * @param additionalConstraints what each of those values must satisfy (Bean Validation); null when not read
 */
public record ObjectModel(String className, String schemaPointer, Docs docs, List<PropertyModel> properties,
        List<String> interfaces, TypeRef additionalValues, Constraints additionalConstraints) implements TypeModel {

    public static final TypeRef ANY_VALUES = new TypeRef.Scalar(TypeRef.Kind.ANY);

    public ObjectModel {
        properties = List.copyOf(properties);
        interfaces = interfaces == null ? List.of() : List.copyOf(interfaces);
        additionalValues = additionalValues == null ? ANY_VALUES : additionalValues;
    }

    public ObjectModel(String className, String schemaPointer, Docs docs, List<PropertyModel> properties) {
        this(className, schemaPointer, docs, properties, List.of(), ANY_VALUES, null);
    }

    public ObjectModel withInterfaces(List<String> more) {
        return new ObjectModel(className, schemaPointer, docs, properties, more, additionalValues,
                additionalConstraints);
    }
}
