package dev.tristate.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, min and max of repeated measurements: the machine is shared and noisy, so medians are what we quote. */
record Stats(long median, long min, long max) {

    static Stats of(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Stats(sorted.get(sorted.size() / 2), sorted.get(0), sorted.get(sorted.size() - 1));
    }

    String millis() {
        return String.format("%,d ms (%,d–%,d)", median, min, max);
    }

    String megabytes() {
        return String.format("%,d MB (%,d–%,d)", median / 1024, min / 1024, max / 1024);
    }
}
