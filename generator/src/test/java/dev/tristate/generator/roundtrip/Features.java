package dev.tristate.generator.roundtrip;

/**
 * Constructs the generator does not support yet, which the suite therefore generates only when asked to, each
 * with what changes once it is switched on. Switch on with the system property named in each.
 *
 * @param compositions allOf / oneOf / anyOf, with and without discriminator
 *     ({@code -Dtristate.roundtrip.compositions=true}). Off because the generator still turns them into
 *     {@code Object} with a warning, so values inside them lose what only their schema says: a {@code number} is
 *     read as a {@code Double} and loses digits, a date-time or UUID is written back in the spelling it came in.
 *     An allOf and a oneOf/anyOf with a discriminator are expected back typed (canonical date-times and UUIDs,
 *     exact numbers), in any member order, so the expectation holds for whatever class the generator gives them;
 *     a oneOf/anyOf of different JSON types is expected back as sent, as an {@code Object}.
 * @param typedAdditionalProperties values of {@code additionalProperties: {schema}} on an object with declared
 *     properties read as that schema's Java type ({@code -Dtristate.roundtrip.typedAdditionalProperties=true}).
 *     Off: the generator keeps them as untyped JSON ({@code Map<String, Object>}, README "Not yet done"), so the
 *     suite expects them back exactly as sent and sends only numbers a double holds. On: it expects them back as
 *     typed values are written (declared members first, canonical date-times and UUIDs) and sends any number.
 */
record Features(boolean compositions, boolean typedAdditionalProperties) {

    static Features fromSystemProperties() {
        return new Features(Boolean.getBoolean("tristate.roundtrip.compositions"),
                Boolean.getBoolean("tristate.roundtrip.typedAdditionalProperties"));
    }
}
