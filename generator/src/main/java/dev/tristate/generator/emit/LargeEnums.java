package dev.tristate.generator.emit;

import dev.tristate.generator.model.EnumModel;

/**
 * When an enum is too large for the usual shape. The JVM limits each method, static initializers included, to
 * 64 KB of bytecode, and javac's {@code switch} over strings costs about 31 bytes per value: a {@code switch} over
 * every value fails to compile ("code too large") from about 2,000 values, a nested Java {@code enum} from about
 * 4,000. A larger enum is therefore emitted in chunks of {@value #CHUNK} values and has no nested Java enum.
 */
public final class LargeEnums {

    /** Values per chunk: a chunk's {@code switch} stays near half the limit. */
    public static final int CHUNK = 1_000;

    private LargeEnums() {}

    /**
     * Whether the enum is emitted in chunks, without {@code Known} and {@code known()}. Integer enums are not: their
     * {@code if} per value costs about a third of a string {@code case}.
     */
    public static boolean isLarge(EnumModel model) {
        return !model.integer() && model.constants().size() > CHUNK;
    }
}
