package dev.tristate.generator.roundtrip;

import dev.tristate.generator.JacksonVersion;
import java.util.List;

/**
 * How much the property-based suite runs, from system properties so a failure can be reproduced and a wider search
 * run by hand: {@code -Dtristate.roundtrip.seed=N} (the run's seed), {@code -Dtristate.roundtrip.specs=N}
 * (random specs), {@code -Dtristate.roundtrip.spec=I} (only spec I of the run, as a failure report names it),
 * {@code -Dtristate.roundtrip.components=N} (component schemas per spec),
 * {@code -Dtristate.roundtrip.instances=N} (instances per object schema),
 * {@code -Dtristate.roundtrip.shrinkSeconds=N} (time allowed to shrink a failure),
 * {@code -Dtristate.roundtrip.compositions=false} (see {@link Features}),
 * {@code -Dtristate.roundtrip.jackson=2} or {@code 3} (only that Jackson line; both by default).
 */
record RoundTripSettings(long seed, int specs, Integer onlySpec, int components, int instances,
        int specsPerCompilation, int shrinkSeconds, Features features, JacksonVersion jackson) {

    static final long DEFAULT_SEED = 20_260_517L;
    static final int DEFAULT_SPECS = 20;

    static RoundTripSettings fromSystemProperties() {
        String only = System.getProperty("tristate.roundtrip.spec");
        return new RoundTripSettings(
                Long.getLong("tristate.roundtrip.seed", DEFAULT_SEED),
                Integer.getInteger("tristate.roundtrip.specs", DEFAULT_SPECS),
                only == null || only.isBlank() ? null : Integer.valueOf(only.trim()),
                Integer.getInteger("tristate.roundtrip.components", 40),
                Integer.getInteger("tristate.roundtrip.instances", 6),
                Integer.getInteger("tristate.roundtrip.specsPerCompilation", 2),
                Integer.getInteger("tristate.roundtrip.shrinkSeconds", 120),
                Features.fromSystemProperties(),
                JacksonVersion.V2);
    }

    /** The Jackson lines to run: both, unless {@code tristate.roundtrip.jackson} names one. */
    static List<JacksonVersion> jacksonVersions() {
        String only = System.getProperty("tristate.roundtrip.jackson");
        return only == null || only.isBlank() ? List.of(JacksonVersion.values())
                : List.of(JacksonVersion.parse(only));
    }

    RoundTripSettings withJackson(JacksonVersion version) {
        return new RoundTripSettings(seed, specs, onlySpec, components, instances, specsPerCompilation,
                shrinkSeconds, features, version);
    }

    /** Whether this is the full default run, whose coverage and case count the test asserts. */
    boolean isDefaultRun() {
        return onlySpec == null && specs >= DEFAULT_SPECS;
    }

    String reproduceFlags(Integer spec) {
        return "-Dtristate.roundtrip.seed=" + seed + (spec == null ? " -Dtristate.roundtrip.specs=" + specs
                : " -Dtristate.roundtrip.spec=" + spec) + " -Dtristate.roundtrip.components=" + components
                + " -Dtristate.roundtrip.instances=" + instances
                + (features.compositions() ? "" : " -Dtristate.roundtrip.compositions=false")
                + " -Dtristate.roundtrip.jackson=" + jackson.option();
    }
}
