package dev.tristate.benchmarks.json;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A check beside JMH for a machine others load: the three model sets in one JVM, taking turns round after round on
 * the same payload, each turn measured in this thread's CPU time and allocated bytes. Load changes then hit all
 * three alike and other processes' CPU does not count; the price is that the three share Jackson's JIT profile,
 * which a real application (one model set) would not. Prints one Markdown row: medians of the rounds after the
 * first third (the warm-up).
 *
 * <p>{@code java -cp CLASSPATH dev.tristate.benchmarks.json.InterleavedCheck SCHEMA SIZE read|write ROUNDS}
 */
public final class InterleavedCheck {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

    private InterleavedCheck() {}

    public static void main(String[] args) throws IOException {
        Schema schema = Schema.named(args[0]);
        int size = Integer.parseInt(args[1]);
        boolean read = args[2].equals("read");
        int rounds = Integer.parseInt(args[3]);
        // About 5 ms of work a turn either way, so that the clock's granularity does not matter.
        int opsPerTurn = size == 1 ? 1000 : 1;

        Map<Implementation, Codec> codecs = new EnumMap<>(Implementation.class);
        Map<Implementation, List<Double>> cpu = new EnumMap<>(Implementation.class);
        Map<Implementation, List<Double>> bytes = new EnumMap<>(Implementation.class);
        for (Implementation implementation : Implementation.values()) {
            codecs.put(implementation, Codec.of(schema, size, implementation));
            cpu.put(implementation, new ArrayList<>());
            bytes.put(implementation, new ArrayList<>());
        }
        Implementation[] order = Implementation.values();
        long thread = Thread.currentThread().getId();
        Object sink = null;
        for (int round = 0; round < rounds; round++) {
            for (int turn = 0; turn < order.length; turn++) {
                // Rotate who goes first, so that no set always follows the same one.
                Implementation implementation = order[(turn + round) % order.length];
                Codec codec = codecs.get(implementation);
                long cpu0 = THREADS.getCurrentThreadCpuTime();
                long bytes0 = THREADS.getThreadAllocatedBytes(thread);
                for (int i = 0; i < opsPerTurn; i++) {
                    sink = read ? codec.read() : codec.write();
                }
                long cpu1 = THREADS.getCurrentThreadCpuTime();
                long bytes1 = THREADS.getThreadAllocatedBytes(thread);
                if (round >= rounds / 3) {
                    cpu.get(implementation).add((cpu1 - cpu0) / 1000.0 / opsPerTurn);
                    bytes.get(implementation).add((double) (bytes1 - bytes0) / opsPerTurn);
                }
            }
        }
        double tristate = median(cpu.get(Implementation.TRISTATE));
        StringBuilder row = new StringBuilder(String.format("| %s | %d | %s", schema.schemaName(), size, args[2]));
        for (Implementation implementation : order) {
            row.append(String.format(" | %,.2f µs, %,.0f B", median(cpu.get(implementation)),
                    median(bytes.get(implementation))));
        }
        row.append(String.format(" | %.2f | %.2f | %.2f |",
                median(cpu.get(Implementation.OPENAPI_GENERATOR)) / tristate,
                median(cpu.get(Implementation.HAND_WRITTEN)) / tristate,
                median(bytes.get(Implementation.TRISTATE)) / median(bytes.get(Implementation.HAND_WRITTEN))));
        System.out.println(row + (sink == null ? " (nothing ran)" : ""));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
