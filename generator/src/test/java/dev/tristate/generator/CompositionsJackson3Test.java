package dev.tristate.generator;

/** Every composition test of {@link CompositionsTest}, on code generated for Jackson 3 and run with Jackson 3. */
class CompositionsJackson3Test extends CompositionsTest {

    @Override
    JacksonVersion jackson() {
        return JacksonVersion.V3;
    }
}
