package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** What a random schema describes, apart from null: the shapes {@link RandomSchemas} picks from. */
sealed interface Shape {

    /** A string, number, integer or boolean with a format. */
    record Scalar(ScalarType type) implements Shape {}

    /** {@code {}}: any JSON value. */
    record AnyValue() implements Shape {}

    /** A free-form object (no declared properties): {@code Map<String, Object>}. */
    record FreeForm(FreeFormStyle style) implements Shape {}

    /**
     * An enum (an open enum in Java) of strings, or of integers written here in decimal.
     *
     * @param integer whether the values are JSON integers ({@code type: integer})
     */
    record EnumOf(List<String> values, boolean integer) implements Shape {
        public EnumOf {
            values = List.copyOf(values);
        }
    }

    record ArrayOf(Schema items) implements Shape {}

    /** {@code type: object, additionalProperties: {schema}} without properties. */
    record MapOf(Schema values) implements Shape {}

    /**
     * An object with declared properties (a generated class).
     *
     * @param requiredUndeclared names listed in {@code required} but not in {@code properties}: kept as unknown
     */
    record ObjectOf(List<Property> properties, Extra extra, List<String> requiredUndeclared) implements Shape {
        public ObjectOf {
            properties = List.copyOf(properties);
            requiredUndeclared = List.copyOf(requiredUndeclared);
        }
    }

    /** A {@code $ref} to a component schema. */
    record Ref(String component) implements Shape {}

    /**
     * {@code allOf}, {@code oneOf} or {@code anyOf}, generated with {@link Features#compositions()}.
     *
     * @param discriminator the discriminator property of a oneOf/anyOf over object components, or null
     */
    record Composition(CompositionKind kind, List<Schema> members, String discriminator) implements Shape {
        public Composition {
            members = List.copyOf(members);
        }
    }

    enum FreeFormStyle {
        /** {@code type: object}. */
        PLAIN,
        /** {@code type: object, additionalProperties: true}. */
        ADDITIONAL_TRUE,
        /** {@code type: object, properties: {}}. */
        EMPTY_PROPERTIES
    }

    enum CompositionKind {
        ALL_OF("allOf"),
        ONE_OF("oneOf"),
        ANY_OF("anyOf");

        final String keyword;

        CompositionKind(String keyword) {
            this.keyword = keyword;
        }
    }

    /** What an object with declared properties says about the others. */
    sealed interface Extra {
        /** Nothing said: other properties allowed, any value. */
        record Unsaid() implements Extra {}

        /** {@code additionalProperties: true}. */
        record Allowed() implements Extra {}

        /** {@code additionalProperties: false}: a conforming instance has no other properties. */
        record Forbidden() implements Extra {}

        /** {@code additionalProperties: {schema}}: other properties allowed, each value conforming. */
        record Typed(Schema values) implements Extra {}
    }

    /** A declared property of an object. */
    record Property(String wireName, boolean required, Schema schema, Decoration decoration) {}

    /**
     * What a property or component says to human readers only; it must not change the wire.
     *
     * @param example an {@code example} value, or null
     */
    record Decoration(String description, boolean deprecated, boolean writeOnly, JsonNode example) {
        static final Decoration NONE = new Decoration(null, false, false, null);
    }
}
