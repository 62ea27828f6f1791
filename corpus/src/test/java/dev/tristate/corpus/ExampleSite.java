package dev.tristate.corpus;

import java.util.List;
import java.util.Optional;

/**
 * One example value of the spec, and the generated Java that must read and write it.
 *
 * @param schemaPointer where the schema carrying the example is, in the document that holds it
 * @param member the example's member in that schema: {@code /example} or {@code /examples/<i>}
 * @param json the example as compact JSON, as written in the spec
 * @param target what reads it
 * @param modelJson the same example as the generator's model has it (what Javadoc and the docs pages show), when
 *     the model has it apart from the file
 */
record ExampleSite(String schemaPointer, String member, String json, Target target, Optional<String> modelJson) {

    /** The JSON pointer of the example itself: what the known-defect lists name. */
    String examplePointer() {
        return schemaPointer + member;
    }

    /** The generated Java that reads an example. */
    sealed interface Target {
        /** For messages: the class, or the class and the property. */
        String describe();
    }

    /** A whole generated class or enum reads the example ({@code mapper.readValue(example, type)}). */
    record WholeType(String className) implements Target {
        @Override
        public String describe() {
            return className;
        }
    }

    /**
     * A property of a generated class reads the example, through the deserializer and serializer Jackson uses for
     * that property (with the property's own annotations), and the builder method that sets it.
     *
     * @param containers when the example is on the property's {@code items} or {@code additionalProperties}
     *     schema: the containers from the property inwards (the example is then wrapped in them)
     * @param nullAllowed whether the spec lets the value (the property's, or the innermost element's) be null
     * @param untyped whether the value is read as {@code Object} (a schema without a type, or a composition the
     *     generator does not model yet): any JSON reads and comes back, so the round trip checks little
     */
    record Property(String ownerClass, String wireName, List<Container> containers, boolean nullAllowed,
            boolean untyped) implements Target {

        Property {
            containers = List.copyOf(containers);
        }

        @Override
        public String describe() {
            StringBuilder text = new StringBuilder(ownerClass).append('.').append(wireName);
            containers.forEach(c -> text.append(c == Container.LIST ? "[]" : "{}"));
            return text.toString();
        }
    }

    /** A JSON container between a property and the schema its example is on. */
    enum Container {
        /** {@code items}: the example is one element of the property's array. */
        LIST,
        /** {@code additionalProperties}: the example is one value of the property's map. */
        MAP
    }
}
