package dev.tristate.generator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import dev.tristate.generator.JacksonVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property-based round trips (issue 5): random OpenAPI 3.0 and 3.1 specs, generated and compiled, and random
 * conforming JSON for each object schema, checked by {@link RoundTrip}: read → write → read is the identity,
 * absent and null kept apart, unknown properties and unlisted enum values kept. Seeded, so every run of the same
 * settings checks the same cases; {@link RoundTripSettings} lists the flags that reproduce a failure or search
 * further. A failure is shrunk to a minimal schema, which the assertion message shows with the seed.
 */
class RoundTripPropertyTest {

    private static final long MIN_SHRINK_SECONDS = 30;

    static List<JacksonVersion> jacksonVersions() {
        return RoundTripSettings.jacksonVersions();
    }

    /** Once for each Jackson line: the same random specs and instances, generated for it and run with it. */
    @ParameterizedTest(name = "Jackson {0}")
    @MethodSource("jacksonVersions")
    void readWriteReadIsTheIdentityOnRandomSchemasAndInstances(JacksonVersion jackson) {
        RoundTripSettings settings = RoundTripSettings.fromSystemProperties().withJackson(jackson);
        System.out.println("Round trips, Jackson " + jackson.option() + ": seed " + settings.seed() + " (reproduce or vary with "
                + settings.reproduceFlags(settings.onlySpec()) + ")");
        long started = System.nanoTime();
        RoundTripRun.Result result = new RoundTripRun(settings).run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Round trips: %d specs, %d component schemas, %d classes read, %d cases in %,d ms "
                + "(generating %,d ms, compiling %,d ms); %d failure(s)%n", result.specs(), result.schemas(),
                result.classes(), result.cases(), millis, result.generationMillis(), result.compilationMillis(),
                result.failures().size());
        if (Boolean.getBoolean("tristate.roundtrip.coverage")) {
            System.out.print(result.coverage());
        }

        if (!result.failures().isEmpty()) {
            String report = FailureReport.of(settings, result.failures(), shrinkEachKind(settings, result.failures()));
            System.out.println(report);
            throw new AssertionError(report);
        }
        if (settings.isDefaultRun()) {
            assertThat(result.cases()).as("cases in the default run").isGreaterThanOrEqualTo(1000);
            assertThat(missingCoverage(result.coverage(), settings.features().compositions()))
                    .as("cases the random schemas and instances must have produced; coverage:%n%s", result.coverage())
                    .isEmpty();
        }
    }

    /**
     * Shrinks the first failure of each kind, the first kinds first, sharing the time allowed: at least
     * {@link #MIN_SHRINK_SECONDS} each, so the kinds after the time is spent are reported unshrunk.
     */
    private static Map<String, FailureReport.Shrunk> shrinkEachKind(RoundTripSettings settings, List<Failure> failures) {
        Map<String, Failure> firstOfKind = new LinkedHashMap<>();
        failures.forEach(f -> firstOfKind.putIfAbsent(f.category(), f));
        long each = Math.max(MIN_SHRINK_SECONDS, settings.shrinkSeconds() / firstOfKind.size()) * 1000L;
        long deadline = System.currentTimeMillis() + Math.max(each, settings.shrinkSeconds() * 1000L);
        Map<String, FailureReport.Shrunk> shrunk = new LinkedHashMap<>();
        for (Map.Entry<String, Failure> kind : firstOfKind.entrySet()) {
            long left = deadline - System.currentTimeMillis();
            Shrinker.Shrunk minimal = left < MIN_SHRINK_SECONDS * 1000L / 2 ? null
                    : new Shrinker(kind.getValue(), Math.min(each, left), settings.jackson()).shrink();
            shrunk.put(kind.getKey(), new FailureReport.Shrunk(kind.getValue(), minimal));
        }
        return shrunk;
    }

    /** What a default run must have exercised at least once, or the suite proves less than it claims. */
    private static List<String> missingCoverage(Coverage coverage, boolean compositions) {
        List<String> required = new ArrayList<>(List.of(
                "version: 3.0", "version: 3.1",
                "instance: required value", "instance: required nullable null", "instance: required nullable value",
                "instance: optional absent", "instance: optional value",
                "instance: optional nullable absent", "instance: optional nullable null",
                "instance: optional nullable value",
                "instance: unknown property", "enum: unlisted value", "enum: integers", "enum: unlisted integer",
                "array: null element", "map: null value",
                "date-time: offset and nanoseconds", "date-time: non-canonical spelling", "uuid: upper case",
                "number: beyond double precision",
                "ref: to itself", "ref: to a later component", "ref: to an earlier component",
                "object: required but undeclared property", "object: additionalProperties true",
                "object: additionalProperties false", "object: additionalProperties {schema}",
                "shape: inline object", "shape: inline enum", "shape: nested array or map", "shape: any value",
                "component: allows null", "component: enum"));
        for (ScalarType type : ScalarType.values()) {
            required.add("scalar: " + type);
        }
        for (NullForm form : NullForm.values()) {
            if (form != NullForm.NOT_NULL) {
                required.add("null form: " + form);
            }
        }
        for (Shape.FreeFormStyle style : Shape.FreeFormStyle.values()) {
            required.add("shape: free-form " + style);
        }
        if (compositions) {
            required.addAll(List.of("composition: allOf", "composition: ONE_OF", "composition: ANY_OF",
                    "composition: ONE_OF with discriminator", "composition: ANY_OF with discriminator"));
        }
        List<String> missing = new ArrayList<>();
        for (String what : required) {
            if (coverage.count(what) == 0) {
                missing.add(what);
            }
        }
        return missing;
    }
}
