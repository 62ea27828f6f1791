package dev.tristate.generator.model;

/** The type of a value, as the model sees it; the emitter maps each to a Java type. */
public sealed interface TypeRef {

    /** A value with a fixed Java type. */
    record Scalar(Kind kind) implements TypeRef {}

    /**
     * A JSON array.
     *
     * @param unique {@code uniqueItems}: a set that keeps the order the items came in
     */
    record ListOf(TypeRef element, boolean elementNullable, boolean unique) implements TypeRef {

        public ListOf(TypeRef element, boolean elementNullable) {
            this(element, elementNullable, false);
        }
    }

    /** A JSON object used as a map from names to values of one type. */
    record MapOf(TypeRef value, boolean valueNullable) implements TypeRef {}

    /** A generated type, by its class name. */
    record Named(String className) implements TypeRef {}

    /** The scalar kinds, named after the spec's type and format. */
    enum Kind {
        STRING,
        BOOLEAN,
        INT32,
        INT64,
        FLOAT,
        DOUBLE,
        /** {@code number} without a format: exact. */
        DECIMAL,
        DATE_TIME,
        DATE,
        UUID,
        URI,
        BYTES,
        /** Anything JSON can hold (a schema without a type). */
        ANY
    }
}
