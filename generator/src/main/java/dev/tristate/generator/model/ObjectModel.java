package dev.tristate.generator.model;

import java.util.List;

/**
 * An object schema: one immutable class with a builder.
 *
 * @param properties in spec order; wire names and Java names are each unique
 */
public record ObjectModel(String className, String schemaPointer, Docs docs, List<PropertyModel> properties)
        implements TypeModel {

    public ObjectModel {
        properties = List.copyOf(properties);
    }
}
