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
        if (!isRoundTrip()) {
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

    static String category(String kind, String message) {
        return new Failure(0, 0, kind, null, null, 0, null, message).category();
    }
}
