package dev.tristate.generator.roundtrip;

/**
 * A violation found by the run.
 *
 * @param kind "generation", "compilation", "javac warnings" or "round trip"
 * @param component the component whose instance failed (round trips), or null when the whole spec failed
 * @param instanceSeed the seed the failing instance was made from (round trips)
 * @param instance the failing instance (round trips), or null
 */
record Failure(long seed, int specIndex, String kind, RandomSpec spec, String component, long instanceSeed,
        Instance instance, String message) {

    static final String ROUND_TRIP = "round trip";

    boolean isRoundTrip() {
        return ROUND_TRIP.equals(kind);
    }

    /**
     * What must stay the same while shrinking: the kind, and for round trips which step of the check failed and,
     * if it threw, the exception's class.
     */
    String category() {
        return categoryOf(kind, message);
    }

    static String categoryOf(String kind, String message) {
        if (!ROUND_TRIP.equals(kind)) {
            return kind;
        }
        int end = message.length();
        for (String stop : new String[] {" at /", ":\n", ": "}) {
            int at = message.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String step = message.substring(0, end);
        if (message.startsWith(": ", end)) {
            String rest = message.substring(end + 2);
            int colon = rest.indexOf(':');
            String thrown = colon < 0 ? rest : rest.substring(0, colon);
            if (thrown.endsWith("Exception") || thrown.endsWith("Error")) {
                step += ": " + thrown;
            }
        }
        return kind + ": " + step;
    }
}
