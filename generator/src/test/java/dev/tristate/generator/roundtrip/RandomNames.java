package dev.tristate.generator.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Wire names for components, properties and enum values: ordinary ones in every casing style, and hostile ones
 * that collide with Java keywords, java.lang and java.util types, the generated API, or each other once turned
 * into Java names.
 */
final class RandomNames {

    private static final List<String> WORDS = List.of(
            "id", "name", "user", "created", "at", "kind", "value", "count", "ratio", "link", "tag", "owner", "meta",
            "data", "item", "list", "url", "uuid", "auth", "token", "type", "status", "code", "group", "app", "price",
            "note", "is", "set", "get", "clear", "known", "of");

    private static final List<String> HOSTILE_COMPONENTS = List.of(
            "Object", "String", "Builder", "Known", "List", "Map", "Objects", "Arrays", "Optional", "JsonNullable",
            "UUID", "URI", "Generated", "Override", "Collections", "LinkedHashMap", "ArrayList", "StringJoiner",
            "JsonProperty", "JsonInclude", "BigDecimal", "OffsetDateTime", "LocalDate", "Value", "Model", "Integer",
            "Long", "Float", "Double", "Boolean", "Deprecated", "JsonFormat", "JsonCreator", "JsonValue", "Kind",
            "Type", "Record", "1st", "_", "a.b", "pet-kind", "UNRECOGNIZED");

    private static final List<String> HOSTILE_PROPERTIES = List.of(
            "class", "default", "builder", "toBuilder", "build", "additionalProperties", "additionalProperty",
            "equals", "hashCode", "toString", "getClass", "text", "missing", "that", "other", "source", "value",
            "known", "isKnown", "of", "properties", "name", "_", "__", "$", "1st", "a-b", "a b", "a.b", "näme", "日本",
            "user_id", "userId", "UserId", "USER_ID", "", "null", "true", "@type", "x", "X", "Builder", "Optional",
            "Objects", "JsonNullable", "hash", "result", "this", "super", "var", "record", "yield", "clone", "wait",
            "*/", "a\"b", "\\u000a", "<b>", "@param", "$L", "line\nbreak", "\\");

    /** Ways a second property can be named after a first so that its Java members collide with the first's. */
    private static final List<String> DERIVED_SUFFIXES = List.of("IsSet", "_is_set", "2", "_", "Value", "s");
    private static final List<String> DERIVED_PREFIXES = List.of("clear_", "get_", "is_", "set_", "has_");

    private static final List<String> ENUM_VALUES = List.of(
            "a", "b", "c", "red", "dark-green", "oauth2/authorizationCode", "hris-legacy", "UNRECOGNIZED",
            "unrecognized", "Known", "", " ", "1", "2.5", "null", "true", "é", "a b", "a_b", "A_B", "value",
            "VALUE_1", "_", "EMPTY", "known", "*/", "\\u0022", "a\"b", "line\nbreak", "\\", "<b>", "@x", "$L", "%s");

    private final Random random;

    RandomNames(Random random) {
        this.random = random;
    }

    String component(List<String> earlier) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return pick(HOSTILE_COMPONENTS);
        }
        if (roll < 25 && !earlier.isEmpty()) {
            // Differs only in case from an earlier name: the classes must still get distinct file names.
            String other = pick(earlier);
            return other.equals(other.toLowerCase(Locale.ROOT))
                    ? other.toUpperCase(Locale.ROOT) : other.toLowerCase(Locale.ROOT);
        }
        return words(1 + random.nextInt(2), pick(List.of(Style.PASCAL, Style.PASCAL, Style.SNAKE, Style.KEBAB,
                Style.DOTTED)));
    }

    String property(List<String> siblings) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return pick(HOSTILE_PROPERTIES);
        }
        if (roll < 30 && !siblings.isEmpty()) {
            String sibling = pick(siblings);
            return random.nextBoolean() ? sibling + pick(DERIVED_SUFFIXES) : pick(DERIVED_PREFIXES) + sibling;
        }
        return words(1 + random.nextInt(3), pick(List.of(Style.values())));
    }

    /**
     * A name no declared property has, for unknown properties; now and then one close to a declared name (another
     * case, the Java spelling), which must still stay unknown.
     */
    String unknownProperty(Set<String> taken, List<String> declared) {
        while (true) {
            String name;
            int roll = random.nextInt(5);
            if (roll == 0 && !declared.isEmpty()) {
                String near = pick(declared);
                name = random.nextBoolean() ? near.toUpperCase(Locale.ROOT) : camel(near);
            } else if (roll == 1) {
                name = pick(HOSTILE_PROPERTIES);
            } else {
                name = RandomText.string(random, 8);
            }
            if (!taken.contains(name)) {
                return name;
            }
        }
    }

    private static String camel(String name) {
        StringBuilder text = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_' || c == '-' || c == ' ' || c == '.') {
                upper = true;
            } else {
                text.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return text.toString();
    }

    String enumValue() {
        return random.nextInt(3) == 0 ? words(1 + random.nextInt(2), pick(List.of(Style.values()))) : pick(ENUM_VALUES);
    }

    /** A value an enum does not list (but may differ from a listed one only in case). */
    String unlistedEnumValue(List<String> listed) {
        while (true) {
            String value;
            int roll = random.nextInt(4);
            if (roll == 0 && !listed.isEmpty()) {
                value = pick(listed).toUpperCase(Locale.ROOT) + (random.nextBoolean() ? "" : "-new");
            } else if (roll == 1) {
                value = pick(ENUM_VALUES);
            } else {
                value = RandomText.string(random, 10);
            }
            if (!listed.contains(value)) {
                return value;
            }
        }
    }

    /** An integer enum value: small, negative, or at the ends of long. */
    String integerEnumValue() {
        long[] edges = {0, 1, -1, 2, 42, Long.MAX_VALUE, Long.MIN_VALUE};
        return String.valueOf(random.nextBoolean() ? edges[random.nextInt(edges.length)] : random.nextInt(2001) - 1000);
    }

    String unlistedIntegerEnumValue(List<String> listed) {
        while (true) {
            String value = random.nextBoolean() ? integerEnumValue() : String.valueOf(random.nextLong());
            if (!listed.contains(value)) {
                return value;
            }
        }
    }

    private String words(int count, Style style) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            parts.add(pick(WORDS) + (random.nextInt(8) == 0 ? String.valueOf(random.nextInt(10)) : ""));
        }
        return style.join(parts);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private enum Style {
        SNAKE, CAMEL, PASCAL, KEBAB, UPPER, DOTTED;

        String join(List<String> words) {
            StringBuilder name = new StringBuilder();
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                switch (this) {
                    case SNAKE -> name.append(i == 0 ? "" : "_").append(word);
                    case KEBAB -> name.append(i == 0 ? "" : "-").append(word);
                    case DOTTED -> name.append(i == 0 ? "" : ".").append(word);
                    case UPPER -> name.append(i == 0 ? "" : "_").append(word.toUpperCase(Locale.ROOT));
                    case CAMEL -> name.append(i == 0 ? word : capitalize(word));
                    case PASCAL -> name.append(capitalize(word));
                }
            }
            return name.toString();
        }

        private static String capitalize(String word) {
            return Character.toUpperCase(word.charAt(0)) + word.substring(1);
        }
    }
}
