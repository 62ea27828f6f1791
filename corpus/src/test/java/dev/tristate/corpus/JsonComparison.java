package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Compares an example with what the generated classes wrote back, as JSON values, and names the first place they
 * differ. Equal means equal as data, not as text:
 * <ul>
 *   <li>object members in any order;</li>
 *   <li>numbers by value: {@code 1}, {@code 1.0} and {@code 1.00} are equal; a number written from a Java
 *       {@code float} or {@code double} is equal to the example when the example rounds to the same float or
 *       double (a {@code format: float} property cannot hold more digits, and that is the spec's choice);</li>
 *   <li>two strings that are the same RFC 3339 date-time (same local time and offset: {@code Z} and
 *       {@code +00:00}, {@code .000} and no fraction), or the same UUID in another case (RFC 4122 makes its
 *       text case-insensitive).</li>
 * </ul>
 * Nothing else is forgiven: a missing, added, renamed or re-typed member, a string for a number, an array for a
 * single value are all differences.
 */
final class JsonComparison {

    /** Where the two values part, as a JSON pointer into the example, and what each holds there. */
    record Difference(String path, String expected, String actual) {
        @Override
        public String toString() {
            return "at '" + path + "': example has " + expected + ", written back " + actual;
        }
    }

    private JsonComparison() {}

    static Optional<Difference> firstDifference(JsonNode expected, JsonNode actual) {
        return compare("", expected, actual);
    }

    private static Optional<Difference> compare(String path, JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return sameNumber(expected, actual) ? Optional.empty() : differ(path, expected, actual);
        }
        if (expected.isTextual() && actual.isTextual()) {
            return sameText(expected.asText(), actual.asText()) ? Optional.empty() : differ(path, expected, actual);
        }
        if (expected.isObject() && actual.isObject()) {
            return compareObjects(path, expected, actual);
        }
        if (expected.isArray() && actual.isArray()) {
            return compareArrays(path, expected, actual);
        }
        return expected.getNodeType() == actual.getNodeType() && expected.equals(actual)
                ? Optional.empty()
                : differ(path, expected, actual);
    }

    private static Optional<Difference> compareObjects(String path, JsonNode expected, JsonNode actual) {
        for (Iterator<Map.Entry<String, JsonNode>> members = expected.fields(); members.hasNext(); ) {
            Map.Entry<String, JsonNode> member = members.next();
            String at = path + "/" + escape(member.getKey());
            JsonNode written = actual.get(member.getKey());
            if (written == null) {
                return Optional.of(new Difference(at, member.getValue().toString(), "nothing (member missing)"));
            }
            Optional<Difference> difference = compare(at, member.getValue(), written);
            if (difference.isPresent()) {
                return difference;
            }
        }
        for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!expected.has(name)) {
                return Optional.of(new Difference(path + "/" + escape(name), "nothing",
                        actual.get(name) + " (member added)"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Difference> compareArrays(String path, JsonNode expected, JsonNode actual) {
        if (expected.size() != actual.size()) {
            return Optional.of(new Difference(path, expected.size() + " elements", actual.size() + " elements"));
        }
        for (int i = 0; i < expected.size(); i++) {
            Optional<Difference> difference = compare(path + "/" + i, expected.get(i), actual.get(i));
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    private static boolean sameNumber(JsonNode expected, JsonNode actual) {
        if (expected.decimalValue().compareTo(actual.decimalValue()) == 0) {
            return true;
        }
        if (actual.isFloat()) {
            return Float.compare(expected.floatValue(), actual.floatValue()) == 0;
        }
        if (actual.isDouble()) {
            return Double.compare(expected.doubleValue(), actual.doubleValue()) == 0;
        }
        return false;
    }

    private static boolean sameText(String expected, String actual) {
        if (expected.equals(actual)) {
            return true;
        }
        return sameDateTime(expected, actual) || sameUuid(expected, actual);
    }

    private static boolean sameDateTime(String expected, String actual) {
        try {
            return OffsetDateTime.parse(expected).equals(OffsetDateTime.parse(actual));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean sameUuid(String expected, String actual) {
        try {
            return expected.length() == 36 && UUID.fromString(expected).equals(UUID.fromString(actual));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static Optional<Difference> differ(String path, JsonNode expected, JsonNode actual) {
        return Optional.of(new Difference(path, expected.toString(), actual.toString()));
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
