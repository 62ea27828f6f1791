package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/**
 * Arbitrary JSON for what the spec does not type: unknown properties, {@code {}} and free-form objects.
 *
 * <p>Fractions are only ever doubles here: untyped values are read with the mapper's defaults, as {@code Double},
 * and a fraction with more digits than a double holds would come back shorter. That is the mapper's setting
 * ({@code USE_BIG_DECIMAL_FOR_FLOATS}), not the generated code's, and the Jackson set-up of docs/contract.md does not
 * turn it on.
 * Each is expected back as the same double, in whatever digits Java prints it.
 */
final class RandomJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final RandomScalars scalars;
    private final int depthLimit;

    RandomJson(Random random, RandomScalars scalars, int depthLimit) {
        this.random = random;
        this.scalars = scalars;
        this.depthLimit = depthLimit;
    }

    WireValue valueOrNull(int depth) {
        return random.nextInt(6) == 0 ? WireValue.same(NullNode.getInstance()) : value(depth);
    }

    /** Any JSON value but null. */
    WireValue value(int depth) {
        int roll = random.nextInt(depth >= depthLimit ? 5 : 7);
        switch (roll) {
            case 0:
                return WireValue.same(TextNode.valueOf(RandomText.string(random, 8)));
            case 1:
                return WireValue.same(integer());
            case 2:
                return scalars.asDouble(fraction());
            case 3:
                return WireValue.same(BooleanNode.valueOf(random.nextBoolean()));
            case 4:
                return WireValue.same(TextNode.valueOf(RandomText.string(random, 3)));
            case 5:
                return array(depth);
            default:
                return object(depth);
        }
    }

    WireValue object(int depth) {
        ObjectNode input = NODES.objectNode();
        ObjectNode expected = NODES.objectNode();
        int count = depth >= depthLimit ? 0 : random.nextInt(4);
        Set<String> names = new HashSet<>();
        while (names.size() < count) {
            String name = RandomText.string(random, 6);
            if (names.add(name)) {
                WireValue value = valueOrNull(depth + 1);
                input.set(name, value.input());
                expected.set(name, value.expected());
            }
        }
        return new WireValue(input, expected);
    }

    private WireValue array(int depth) {
        ArrayNode input = NODES.arrayNode();
        ArrayNode expected = NODES.arrayNode();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            WireValue value = valueOrNull(depth + 1);
            input.add(value.input());
            expected.add(value.expected());
        }
        return new WireValue(input, expected);
    }

    private JsonNode integer() {
        switch (random.nextInt(3)) {
            case 0:
                return IntNode.valueOf(random.nextInt(2001) - 1000);
            case 1:
                return LongNode.valueOf(random.nextLong());
            default:
                return BigIntegerNode.valueOf(new BigInteger(64 + random.nextInt(64), random));
        }
    }

    private double fraction() {
        while (true) {
            double d = random.nextBoolean() ? random.nextDouble() * 1000 - 500 : Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                return d;
            }
        }
    }
}
