package dev.tristate.benchmarks.json;

/** The three model sets compared, in the order the report shows them. */
enum Implementation {
    TRISTATE("Tristate"),
    OPENAPI_GENERATOR("OpenAPI Generator 7.25.0"),
    HAND_WRITTEN("hand-written");

    private final String label;

    Implementation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
