package dev.tristate.generator.roundtrip;

/** The JSON type and format pairs a random schema may use for a single value, one per row of the format contract. */
enum ScalarType {
    STRING("string", null),
    EMAIL("string", "email"),
    PASSWORD("string", "password"),
    DATE_TIME("string", "date-time"),
    DATE("string", "date"),
    UUID("string", "uuid"),
    URI("string", "uri"),
    BYTE("string", "byte"),
    INT32("integer", "int32"),
    INT64("integer", "int64"),
    INTEGER("integer", null),
    FLOAT("number", "float"),
    DOUBLE("number", "double"),
    NUMBER("number", null),
    BOOLEAN("boolean", null);

    final String jsonType;
    final String format;

    ScalarType(String jsonType, String format) {
        this.jsonType = jsonType;
        this.format = format;
    }
}
