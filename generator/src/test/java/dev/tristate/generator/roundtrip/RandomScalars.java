package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.FloatNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Random values of each {@link ScalarType}, as JSON. Fractions are sent as decimal nodes built from their text;
 * a {@code number} is expected back exactly, a {@code float} or {@code double} as the same float or double (the
 * expected node's class says which, see {@link WireComparison}). Date-times and UUIDs are sometimes sent in a non-canonical but
 * equivalent spelling ({@code +00:00}, trailing zeros in the fraction, upper-case hex); the expected value is then
 * the canonical spelling of the same value.
 */
final class RandomScalars {

    private static final List<String> URIS = List.of(
            "https://example.com/a?b=c&d=%20e#f", "urn:isbn:0451450523", "mailto:jane.doe@example.com", "/relative/path",
            "https://h.example/p%C3%A9", "ftp://user@host:21/x", "data:text/plain;base64,SGk=", "x", "https://example.com/");

    private final Random random;
    private final Coverage coverage;

    RandomScalars(Random random, Coverage coverage) {
        this.random = random;
        this.coverage = coverage;
    }

    WireValue of(ScalarType type) {
        switch (type) {
            case STRING:
            case PASSWORD:
                return text(RandomText.string(random, 12));
            case EMAIL:
                return text(RandomText.string(random, 3) + "@example.com");
            case DATE_TIME:
                return dateTime();
            case DATE:
                return text(LocalDate.ofEpochDay(random.nextInt(3_652_059) - 719_162).toString());
            case UUID:
                return uuid();
            case URI:
                return text(URIS.get(random.nextInt(URIS.size())));
            case BYTE: {
                byte[] bytes = new byte[random.nextInt(25)];
                random.nextBytes(bytes);
                return text(Base64.getEncoder().encodeToString(bytes));
            }
            case INT32:
                return WireValue.same(IntNode.valueOf(int32()));
            case INT64:
            case INTEGER:
                return WireValue.same(LongNode.valueOf(int64()));
            case FLOAT:
                return asFloat(float32());
            case DOUBLE:
                return asDouble(float64());
            case NUMBER:
                return WireValue.same(DecimalNode.valueOf(bigDecimal()));
            case BOOLEAN:
                return WireValue.same(BooleanNode.valueOf(random.nextBoolean()));
            default:
                throw new IllegalStateException(type.name());
        }
    }

    static DecimalNode decimal(String text) {
        return DecimalNode.valueOf(new BigDecimal(text));
    }

    /**
     * A double, sent as Java prints it or (now and then) with 17 significant digits, which name the same double;
     * expected back as any text naming the same double, since the JDK 17 {@code Double.toString} that Jackson
     * writes with does not always print the shortest.
     */
    WireValue asDouble(double value) {
        String text = random.nextInt(4) == 0
                ? new BigDecimal(value).round(new MathContext(17)).toString() : Double.toString(value);
        return new WireValue(decimal(text), DoubleNode.valueOf(value));
    }

    /** A float, sent as Java prints it or with 9 significant digits; expected back as any text naming that float. */
    private WireValue asFloat(float value) {
        String text = random.nextInt(4) == 0
                ? new BigDecimal(value).round(new MathContext(9)).toString() : Float.toString(value);
        return new WireValue(decimal(text), FloatNode.valueOf(value));
    }


    private static WireValue text(String value) {
        return WireValue.same(TextNode.valueOf(value));
    }

    private WireValue dateTime() {
        LocalDateTime local = LocalDateTime.of(
                random.nextInt(4) == 0 ? 1 + random.nextInt(9999) : 1950 + random.nextInt(150),
                1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                random.nextInt(3) == 0 ? 0 : random.nextInt(60), nanos());
        int offsetSeconds = random.nextInt(3) == 0 ? 0 : (random.nextInt(57) - 24) * 30 * 60;
        OffsetDateTime value = OffsetDateTime.of(local, ZoneOffset.ofTotalSeconds(offsetSeconds));
        String canonical = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
        if (offsetSeconds != 0 && value.getNano() % 1000 != 0) {
            coverage.hit("date-time: offset and nanoseconds");
        }
        String sent = canonical;
        if (random.nextInt(5) == 0) {
            coverage.hit("date-time: non-canonical spelling");
            if (offsetSeconds == 0) {
                sent = canonical.substring(0, canonical.length() - 1) + "+00:00";
            } else if (value.getNano() != 0 && value.getNano() % 10 == 0) {
                // Whole-minute offsets are six characters ("+05:30"); the fraction ends just before.
                int offsetStart = canonical.length() - 6;
                sent = canonical.substring(0, offsetStart) + "0" + canonical.substring(offsetStart);
            }
        }
        return new WireValue(TextNode.valueOf(sent), TextNode.valueOf(canonical));
    }

    private int nanos() {
        switch (random.nextInt(4)) {
            case 0:
                return 0;
            case 1:
                return random.nextInt(1000) * 1_000_000;
            case 2:
                return random.nextInt(1_000_000) * 1000;
            default:
                return random.nextInt(1_000_000_000);
        }
    }

    private WireValue uuid() {
        String canonical = new UUID(random.nextLong(), random.nextLong()).toString();
        if (random.nextInt(5) == 0) {
            coverage.hit("uuid: upper case");
            return new WireValue(TextNode.valueOf(canonical.toUpperCase(Locale.ROOT)), TextNode.valueOf(canonical));
        }
        return text(canonical);
    }

    private int int32() {
        int[] edges = {0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        return random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextInt();
    }

    private long int64() {
        long[] edges = {0, Long.MAX_VALUE, Long.MIN_VALUE, 9007199254740993L, -9007199254740993L};
        return random.nextInt(4) == 0 ? edges[random.nextInt(edges.length)] : random.nextLong();
    }

    private float float32() {
        float[] edges = {0f, -0f, 1.5f, 0.1f, -3.25f, Float.MAX_VALUE, Float.MIN_VALUE, Float.MIN_NORMAL, 1e-5f};
        if (random.nextInt(3) == 0) {
            return edges[random.nextInt(edges.length)];
        }
        while (true) {
            float f = Float.intBitsToFloat(random.nextInt());
            if (Float.isFinite(f)) {
                return f;
            }
        }
    }

    private double float64() {
        double[] edges = {0d, 0.1, -2.5, Double.MAX_VALUE, Double.MIN_VALUE, Double.MIN_NORMAL, 1e21, 1e-7};
        if (random.nextInt(3) == 0) {
            return edges[random.nextInt(edges.length)];
        }
        while (true) {
            double d = Double.longBitsToDouble(random.nextLong());
            if (Double.isFinite(d)) {
                return d;
            }
        }
    }

    /** Often more digits or a larger exponent than a double holds, to prove {@code number} stays exact. */
    private BigDecimal bigDecimal() {
        BigInteger unscaled = new BigInteger(1 + random.nextInt(130), random);
        if (random.nextBoolean()) {
            unscaled = unscaled.negate();
        }
        BigDecimal value = new BigDecimal(unscaled, random.nextInt(60) - 20);
        if (value.precision() > 17 || Math.abs(value.scale()) > 300) {
            coverage.hit("number: beyond double precision");
        }
        return value;
    }
}
