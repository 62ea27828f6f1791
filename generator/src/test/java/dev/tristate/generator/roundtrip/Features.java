package dev.tristate.generator.roundtrip;

/**
 * Which constructs {@link RandomSchemas} generates beyond the basic ones.
 *
 * @param compositions allOf / oneOf / anyOf, with and without discriminator: on unless
 *     {@code -Dtristate.roundtrip.compositions=false}, which tells a failure in them from the others
 */
record Features(boolean compositions) {

    static Features fromSystemProperties() {
        return new Features(!"false".equals(System.getProperty("tristate.roundtrip.compositions")));
    }
}
