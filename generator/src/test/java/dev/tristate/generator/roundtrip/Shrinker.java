package dev.tristate.generator.roundtrip;

import dev.tristate.generator.JacksonVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * Makes a failing spec as small as it can while the failure persists (same kind; for round trips, the same step of
 * the check): first the one component that fails on its own, with only what it references, then greedily the first
 * of {@link Reductions}' one-step-smaller specs that still fails, until none does or the time is up. Each round
 * generates every candidate into its own package and compiles them together, so a round costs one javac call.
 */
final class Shrinker {

    /** Candidates per javac call. */
    private static final int CHUNK = 12;
    /** Instances tried per candidate for a round-trip failure. */
    private static final int INSTANCE_TRIES = 40;

    /** The smallest failing spec found. */
    record Shrunk(RandomSpec spec, String root, String message, Instance instance, int steps, boolean complete) {}

    private final long deadline;
    private final Failure original;
    private final JacksonVersion jackson;
    private final String category;

    Shrinker(Failure original, long budgetMillis) {
        this(original, budgetMillis, JacksonVersion.V2);
    }

    Shrinker(Failure original, long budgetMillis, JacksonVersion jackson) {
        this.jackson = jackson;
        this.original = original;
        this.category = original.category();
        this.deadline = System.currentTimeMillis() + budgetMillis;
    }

    Shrunk shrink() {
        String root = original.component();
        RandomSpec current = original.spec();
        Attempt start = null;
        if (root == null) {
            // Tried smallest first: the component that fails with the least around it is the best start.
            List<Component> bySize = new ArrayList<>(current.components());
            bySize.sort(Comparator.comparingInt(c -> current.closure(c.name()).size()));
            List<RandomSpec> alone = new ArrayList<>();
            List<String> roots = new ArrayList<>();
            for (Component c : bySize) {
                alone.add(current.closure(c.name()));
                roots.add(c.name());
            }
            start = firstFailing(alone, roots);
            if (start != null) {
                root = start.root();
            }
        } else {
            start = firstFailing(List.of(current.closure(root)), List.of(root));
        }
        boolean close = start != null;
        if (start == null) {
            // Fails only together with components it does not reference; shrink the whole spec instead.
            start = new Attempt(current, root, original.message(), original.instance());
            if (root == null) {
                return new Shrunk(current, null, original.message(), null, 0, false);
            }
        }
        Attempt best = start;
        int steps = 0;
        boolean complete = false;
        while (System.currentTimeMillis() < deadline) {
            List<RandomSpec> candidates = Reductions.of(best.spec(), best.root(), original.isRoundTrip(), close);
            Attempt smaller = firstFailing(candidates, Collections.nCopies(candidates.size(), best.root()));
            if (smaller == null) {
                complete = System.currentTimeMillis() < deadline;
                break;
            }
            best = smaller;
            steps++;
        }
        return new Shrunk(best.spec(), best.root(), best.message(), best.instance(), steps, complete);
    }

    private Attempt firstFailing(List<RandomSpec> candidates, List<String> roots) {
        for (int from = 0; from < candidates.size(); from += CHUNK) {
            if (System.currentTimeMillis() >= deadline) {
                return null;
            }
            int to = Math.min(candidates.size(), from + CHUNK);
            List<RandomSpec> chunk = candidates.subList(from, to);
            try (GeneratedBatch batch = GeneratedBatch.build(entries(chunk), jackson)) {
                for (int i = 0; i < chunk.size(); i++) {
                    Attempt attempt = reproduce(batch, i, chunk.get(i), roots.get(from + i));
                    if (attempt != null) {
                        return attempt;
                    }
                }
            }
        }
        return null;
    }

    private Attempt reproduce(GeneratedBatch batch, int index, RandomSpec spec, String root) {
        String pkg = GeneratedBatch.packageName(index);
        String kind = batch.failureKind(pkg);
        if (!original.isRoundTrip()) {
            return category.equals(kind) ? new Attempt(spec, root, batch.failure(pkg), null) : null;
        }
        if (kind != null) {
            return null;
        }
        Class<?> type;
        try {
            type = batch.load(pkg, ComponentClassNames.of(spec).get(root));
        } catch (ClassNotFoundException e) {
            return null;
        }
        RoundTrip roundTrip = new RoundTrip(jackson);
        for (int k = 0; k < INSTANCE_TRIES; k++) {
            long seed = k == 0 ? original.instanceSeed() : Seeds.derive(original.instanceSeed(), k);
            Instance instance = new RandomInstances(spec, new Random(seed), new Coverage())
                    .of(spec.component(root));
            String message = roundTrip.check(type, instance);
            if (message != null && category.equals(Failure.categoryOf(Failure.ROUND_TRIP, message))) {
                return new Attempt(spec, root, message, instance);
            }
        }
        return null;
    }

    private static List<GeneratedBatch.Entry> entries(List<RandomSpec> specs) {
        List<GeneratedBatch.Entry> entries = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            entries.add(new GeneratedBatch.Entry(specs.get(i), GeneratedBatch.packageName(i), "Shrinking"));
        }
        return entries;
    }

    private record Attempt(RandomSpec spec, String root, String message, Instance instance) {}
}
