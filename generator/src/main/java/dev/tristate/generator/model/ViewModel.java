package dev.tristate.generator.model;

import java.util.List;

/**
 * The getters of an object schema that other schemas extend with {@code allOf}: an interface that the base class
 * and every class built on it implement, so code written against the base accepts them all.
 *
 * @param baseClass the class generated for the base schema
 * @param properties the base's properties, whose getters the interface declares
 */
public record ViewModel(String className, String schemaPointer, Docs docs, String baseClass,
        List<PropertyModel> properties) implements TypeModel {

    public ViewModel {
        properties = List.copyOf(properties);
    }
}
