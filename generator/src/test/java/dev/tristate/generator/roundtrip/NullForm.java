package dev.tristate.generator.roundtrip;

/**
 * How a schema says that it also allows null, one constant per form the "nullability forms" row of docs/contract.md
 * lists.
 * {@link #NOT_NULL} says nothing, so the schema allows null only if a {@code $ref} target does.
 */
enum NullForm {
    NOT_NULL,
    /** 3.1 {@code type: [T, "null"]}. */
    TYPE_ARRAY,
    /** {@code nullable: true} (3.0; also honoured in 3.1). */
    NULLABLE_KEYWORD,
    /** {@code oneOf: [S, {type: "null"}]}. */
    ONE_OF_NULL,
    /** {@code anyOf: [{type: "null"}, S]}. */
    ANY_OF_NULL,
    /** 3.1 {@code oneOf: [S, {const: null}]}. */
    ONE_OF_CONST_NULL,
    /** An enum listing {@code null} among its values. */
    ENUM_LISTS_NULL,
    /** {@code allOf: [{$ref}], nullable: true}. */
    ALL_OF_REF_NULLABLE,
    /** {@code {$ref, nullable: true}}: a sibling of $ref, honoured although 3.0 ignores siblings. */
    REF_SIBLING_NULLABLE;

    boolean allowsNull() {
        return this != NOT_NULL;
    }
}
