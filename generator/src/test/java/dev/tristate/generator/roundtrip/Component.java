package dev.tristate.generator.roundtrip;

/** One entry of {@code components.schemas}, with what it says to readers. */
record Component(String name, Schema schema, Shape.Decoration decoration) {

    Component(String name, Schema schema) {
        this(name, schema, Shape.Decoration.NONE);
    }

    Component withSchema(Schema other) {
        return new Component(name, other, decoration);
    }
}
