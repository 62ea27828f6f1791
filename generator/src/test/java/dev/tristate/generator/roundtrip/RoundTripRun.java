package dev.tristate.generator.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The suite's main loop: makes the random specs, generates and compiles them a few per javac call, and checks
 * {@link RoundTrip} for every object component on several random instances, collecting every failure.
 */
final class RoundTripRun {

    /** What a run did. */
    record Result(int specs, int schemas, int classes, int cases, List<Failure> failures, Coverage coverage,
            long generationMillis, long compilationMillis) {}

    private final RoundTripSettings settings;
    private final Coverage coverage = new Coverage();
    private final List<Failure> failures = new ArrayList<>();
    private int specs;
    private int schemas;
    private int classes;
    private int cases;
    private long generationMillis;
    private long compilationMillis;

    RoundTripRun(RoundTripSettings settings) {
        this.settings = settings;
    }

    static RandomSpec spec(RoundTripSettings settings, int index, Coverage coverage) {
        Random random = new Random(Seeds.derive(settings.seed(), index));
        return new RandomSchemas(random, settings.features(), coverage).spec(settings.components());
    }

    Result run() {
        List<Integer> indexes = new ArrayList<>();
        if (settings.onlySpec() != null) {
            indexes.add(settings.onlySpec());
        } else {
            for (int i = 0; i < settings.specs(); i++) {
                indexes.add(i);
            }
        }
        for (int from = 0; from < indexes.size(); from += settings.specsPerCompilation()) {
            runBatch(indexes.subList(from, Math.min(indexes.size(), from + settings.specsPerCompilation())));
        }
        return new Result(specs, schemas, classes, cases, failures, coverage, generationMillis, compilationMillis);
    }

    private void runBatch(List<Integer> indexes) {
        List<RandomSpec> batchSpecs = new ArrayList<>();
        List<GeneratedBatch.Entry> entries = new ArrayList<>();
        for (int i = 0; i < indexes.size(); i++) {
            RandomSpec spec = spec(settings, indexes.get(i), coverage);
            batchSpecs.add(spec);
            entries.add(new GeneratedBatch.Entry(spec, GeneratedBatch.packageName(i),
                    "Round trip " + settings.seed() + "/" + indexes.get(i)));
        }
        try (GeneratedBatch batch = GeneratedBatch.build(entries, settings.jackson())) {
            generationMillis += batch.generationMillis();
            compilationMillis += batch.compilationMillis();
            for (int i = 0; i < indexes.size(); i++) {
                check(batch, GeneratedBatch.packageName(i), indexes.get(i), batchSpecs.get(i));
            }
        }
    }

    private void check(GeneratedBatch batch, String pkg, int index, RandomSpec spec) {
        specs++;
        schemas += spec.components().size();
        if (batch.failure(pkg) != null) {
            failures.add(new Failure(settings.seed(), index, batch.failureKind(pkg), spec, null, 0, null,
                    batch.failure(pkg)));
            return;
        }
        Map<String, String> classNames = ComponentClassNames.of(spec);
        RoundTrip roundTrip = new RoundTrip(settings.jackson());
        List<Component> components = spec.components();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            if (!component.isRoot()) {
                continue;
            }
            Class<?> type;
            try {
                type = batch.load(pkg, classNames.get(component.name()));
            } catch (ClassNotFoundException e) {
                throw new AssertionError("no class " + classNames.get(component.name()) + " for component '"
                        + component.name() + "': has the generator changed how it names classes? (see "
                        + "ComponentClassNames)", e);
            }
            classes++;
            for (int k = 0; k < settings.instances(); k++) {
                long instanceSeed = Seeds.derive(settings.seed(), index, c, k);
                Instance instance = new RandomInstances(spec, new Random(instanceSeed), coverage).of(component);
                cases++;
                String message = roundTrip.check(type, instance);
                if (message != null) {
                    failures.add(new Failure(settings.seed(), index, Failure.ROUND_TRIP, spec, component.name(),
                            instanceSeed, instance, message));
                    break;
                }
            }
        }
    }
}
