package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.support.JsonBinding;
import java.lang.reflect.Method;

/**
 * The property checked for every instance: read → write gives the input back (absent stays absent, null stays null,
 * unknown properties and unlisted enum values are kept), read → write → read gives an equal object with the same
 * hash code, writing is a fixed point, and {@code toBuilder().build()} copies the object exactly.
 */
final class RoundTrip {

    /** Configured as docs/contract.md, "Jackson set-up", says users should, for the line generated for. */
    private final JsonBinding mapper;

    RoundTrip() {
        this(JacksonVersion.V2);
    }

    RoundTrip(JacksonVersion jackson) {
        this.mapper = JsonBinding.of(jackson);
    }

    /** Null when the instance survives; otherwise what went wrong, with what was written. */
    String check(Class<?> type, Instance instance) {
        Object first;
        try {
            first = mapper.read(instance.json(), type);
        } catch (Exception e) {
            return "reading the instance failed: " + e;
        }
        String written;
        JsonNode writtenTree;
        try {
            written = mapper.write(first);
            writtenTree = WireComparison.exactTree(written);
        } catch (Exception e) {
            return "writing the object read failed: " + e;
        }
        String difference = WireComparison.firstDifference(instance.expected(), writtenTree);
        if (difference != null) {
            return "read → write changed the JSON " + difference + "\n  written:  " + written;
        }
        Object second;
        String rewritten;
        try {
            second = mapper.read(written, type);
            rewritten = mapper.write(second);
        } catch (Exception e) {
            return "reading back what was written failed: " + e + "\n  written:  " + written;
        }
        if (!first.equals(second) || first.hashCode() != second.hashCode()) {
            return "read → write → read gave an object that is not equal (or has another hashCode):\n  first:   "
                    + first + "\n  second:  " + second + "\n  written: " + written;
        }
        if (!rewritten.equals(written)) {
            return "writing is not a fixed point:\n  written once:  " + written + "\n  written twice: " + rewritten;
        }
        Method toBuilder;
        try {
            toBuilder = first.getClass().getMethod("toBuilder");
        } catch (NoSuchMethodException e) {
            // A union's value variants are records: there is no builder to copy through.
            return null;
        }
        try {
            Object builder = toBuilder.invoke(first);
            Object copy = builder.getClass().getMethod("build").invoke(builder);
            if (!first.equals(copy) || !mapper.write(copy).equals(written)) {
                return "toBuilder().build() is not an exact copy:\n  original: " + first + "\n  copy:     " + copy;
            }
        } catch (Exception e) {
            return "toBuilder().build() failed: " + e;
        }
        return null;
    }
}
