package dev.tristate.generator.model;

/**
 * One property of an object schema, with every decision the contract depends on.
 *
 * @param wireName the JSON name, exactly as in the spec
 * @param javaName the Java name (lower camel case, unique in its class, never a keyword)
 * @param type what a present, non-null value is
 * @param required whether the spec lists the property in {@code required}
 * @param nullable whether JSON {@code null} is a valid value
 * @param secret whether the value must never be printed ({@code format: password} or {@code writeOnly})
 * @param docs description, examples, deprecation
 * @param preset a string a new builder starts with, or null: the {@code const} of a required property, or the
 *     value that selects this class in a union's discriminator, so a built object says what it is
 * @param constraints what a present value must satisfy (Bean Validation); null when not read
 */
public record PropertyModel(
        String wireName, String javaName, TypeRef type, boolean required, boolean nullable, boolean secret, Docs docs,
        String preset, Constraints constraints) {

    public PropertyModel(
            String wireName, String javaName, TypeRef type, boolean required, boolean nullable, boolean secret,
            Docs docs, String preset) {
        this(wireName, javaName, type, required, nullable, secret, docs, preset, null);
    }

    public PropertyModel(
            String wireName, String javaName, TypeRef type, boolean required, boolean nullable, boolean secret,
            Docs docs) {
        this(wireName, javaName, type, required, nullable, secret, docs, null);
    }

    public PropertyModel withPreset(String value) {
        return new PropertyModel(wireName, javaName, type, required, nullable, secret, docs, value, constraints);
    }

    /** The four cases of the contract, each with its own Java shape. */
    public enum Presence {
        /** Always present, never null: a plain {@code T}. */
        REQUIRED,
        /** Always present, may be null: {@code Optional<T>}, and must be set explicitly. */
        REQUIRED_NULLABLE,
        /** May be absent, never null: {@code Optional<T>}. */
        OPTIONAL,
        /** May be absent, null or a value: {@code JsonNullable<T>}. */
        OPTIONAL_NULLABLE
    }

    public Presence presence() {
        if (required) {
            return nullable ? Presence.REQUIRED_NULLABLE : Presence.REQUIRED;
        }
        return nullable ? Presence.OPTIONAL_NULLABLE : Presence.OPTIONAL;
    }
}
