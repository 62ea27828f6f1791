package dev.tristate.generator.emit;

import java.util.List;

/**
 * Splits what grows with an object's property count into parts javac and the JVM accept. A chain of {@code &&} or
 * {@code ||} over every property overflows javac's stack at about 1,500 terms, and a method's code is limited to
 * 64 KB; so a class with more than {@value #SIZE} properties gets helper methods of at most that many each. Classes
 * below the size, which is nearly all, are emitted as before, in one method.
 */
final class PropertyChunks {

    static final int SIZE = 256;

    private PropertyChunks() {}

    static <T> List<List<T>> of(List<T> all) {
        if (all.size() <= SIZE) {
            return List.of(all);
        }
        java.util.ArrayList<List<T>> chunks = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }
}
