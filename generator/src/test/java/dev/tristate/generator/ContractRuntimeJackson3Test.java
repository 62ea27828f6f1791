package dev.tristate.generator;

/** Every contract test of {@link ContractRuntimeTest}, on code generated for Jackson 3 and run with Jackson 3. */
class ContractRuntimeJackson3Test extends ContractRuntimeTest {

    @Override
    JacksonVersion jackson() {
        return JacksonVersion.V3;
    }
}
