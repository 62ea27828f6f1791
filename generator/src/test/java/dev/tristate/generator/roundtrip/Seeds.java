package dev.tristate.generator.roundtrip;

/** Independent seeds derived from the run's seed and a position (spec, component, instance), SplitMix64-style. */
final class Seeds {

    private Seeds() {}

    static long derive(long seed, long... path) {
        long state = mix(seed);
        for (long step : path) {
            state = mix(state ^ mix(step + 0x9E3779B97F4A7C15L));
        }
        return state;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
