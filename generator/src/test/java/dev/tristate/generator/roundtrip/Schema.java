package dev.tristate.generator.roundtrip;

/** A random schema: its shape, and the form in which it says it allows null (if it does). */
record Schema(Shape shape, NullForm nullForm) {

    static Schema of(Shape shape) {
        return new Schema(shape, NullForm.NOT_NULL);
    }

    Schema withNullForm(NullForm form) {
        return new Schema(shape, form);
    }

    Schema withShape(Shape other) {
        return new Schema(other, nullForm);
    }
}
