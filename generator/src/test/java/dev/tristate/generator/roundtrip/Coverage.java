package dev.tristate.generator.roundtrip;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts what the random schemas and instances contained, so the suite can prove it exercised each case it claims
 * to (a generator change that silently stops producing, say, unknown enum values fails the test).
 */
final class Coverage {

    private final Map<String, Integer> counts = new TreeMap<>();

    void hit(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    int count(String what) {
        return counts.getOrDefault(what, 0);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        counts.forEach((k, v) -> text.append(String.format("%7d  %s%n", v, k)));
        return text.toString();
    }
}
