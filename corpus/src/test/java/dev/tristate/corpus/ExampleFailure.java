package dev.tristate.corpus;

/**
 * An example that did not round-trip.
 *
 * @param spec the spec's id
 * @param examplePointer the example's JSON pointer ({@code …/example} or {@code …/examples/<i>}): its identity in
 *     the known-defect lists
 * @param location {@code file:line:col} of the value that failed, inside the example where the failure says where
 * @param target the generated Java that read it
 * @param example the example, as compact JSON
 * @param message what went wrong
 */
record ExampleFailure(String spec, String examplePointer, String location, String target, String example,
        String message) {

    private static final int SHOWN = 200;

    String shortExample() {
        return example.length() > SHOWN ? example.substring(0, SHOWN) + "…" : example;
    }
}
