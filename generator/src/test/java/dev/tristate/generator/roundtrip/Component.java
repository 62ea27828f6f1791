package dev.tristate.generator.roundtrip;

/** One entry of {@code components.schemas}, with what it says to readers. */
record Component(String name, Schema schema, Shape.Decoration decoration) {

    Component(String name, Schema schema) {
        this(name, schema, Shape.Decoration.NONE);
    }

    /**
     * Whether instances are read into this component's own type: a class with declared properties, or a
     * composition (an allOf class or a oneOf/anyOf sealed interface).
     */
    boolean isRoot() {
        return schema.shape() instanceof Shape.ObjectOf || schema.shape() instanceof Shape.Composition;
    }

    Component withSchema(Schema other) {
        return new Component(name, other, decoration);
    }
}
