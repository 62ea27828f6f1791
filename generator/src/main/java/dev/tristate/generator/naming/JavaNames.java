package dev.tristate.generator.naming;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns wire names into Java names. Pure functions of their input, so names are stable across runs; collisions
 * between several names are resolved by {@link NameAllocator}.
 */
public final class JavaNames {

    private static final Set<String> KEYWORDS = Set.of(
            "abstract", "assert", "boolean", "break", "byte", "case", "catch", "char", "class", "const", "continue",
            "default", "do", "double", "else", "enum", "extends", "final", "finally", "float", "for", "goto", "if",
            "implements", "import", "instanceof", "int", "interface", "long", "native", "new", "package", "private",
            "protected", "public", "return", "short", "static", "strictfp", "super", "switch", "synchronized", "this",
            "throw", "throws", "transient", "try", "void", "volatile", "while", "true", "false", "null", "_",
            "var", "yield", "record", "sealed", "permits", "non-sealed");

    /**
     * Simple names that generated code uses unqualified: java.lang types (a class of ours with such a name would
     * shadow them in the whole package) and the names generated sources themselves declare.
     */
    private static final Set<String> RESERVED_CLASS_NAMES = Set.of(
            "Object", "String", "Integer", "Long", "Short", "Byte", "Float", "Double", "Boolean", "Character",
            "Number", "Math", "System", "Class", "Enum", "Record", "Void", "Override", "Deprecated",
            "SuppressWarnings", "FunctionalInterface", "SafeVarargs", "Iterable", "Comparable", "CharSequence",
            "Runnable", "Thread", "Throwable", "Exception", "RuntimeException", "Error", "StringBuilder",
            "IllegalStateException", "IllegalArgumentException", "NullPointerException", "Process", "Runtime",
            "ClassLoader", "Module", "Package", "AutoCloseable", "Cloneable", "StrictMath", "ThreadLocal",
            "Builder", "Known");

    /** Names Windows reserves for devices, whatever the case and extension: {@code Aux.java} cannot be written. */
    private static final Set<String> WINDOWS_DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    /**
     * The longest class name, in UTF-8 bytes. A class name becomes file names ({@code Name.java},
     * {@code Name$Builder.class}, {@code Name.md}, the writer's temporary {@code .Name.java…tmp}, 29 bytes longer),
     * and file systems allow 255 bytes per name; inline schemas nested a few levels deep reach that quickly, since
     * each is named after the path to it.
     */
    public static final int MAX_CLASS_NAME_BYTES = 128;

    /** Hex digits of the digest that keeps shortened names apart. */
    private static final int HASH_DIGITS = 8;

    private JavaNames() {}

    /**
     * {@code "property_Connection_auth"} → {@code "PropertyConnectionAuth"}. A name longer than
     * {@link #MAX_CLASS_NAME_BYTES} keeps its beginning and ends in {@code _} and a digest of the whole name, so
     * two long names that differ only at the end stay apart, run after run.
     */
    public static String className(String raw) {
        String name = pascal(words(raw));
        if (name.isEmpty()) {
            name = "Model";
        }
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "Model" + name;
        }
        if (RESERVED_CLASS_NAMES.contains(name) || WINDOWS_DEVICES.contains(name.toUpperCase(Locale.ROOT))) {
            name = name + "Model";
        }
        return shortened(name);
    }

    /**
     * A name cut to fit: the words it starts with (the outer schema) and the words it ends with (the property the
     * class is for), which together tell siblings apart, then {@code _} and the digest.
     */
    private static String shortened(String name) {
        if (utf8Length(name) <= MAX_CLASS_NAME_BYTES) {
            return name;
        }
        int budget = MAX_CLASS_NAME_BYTES - 1 - HASH_DIGITS;
        String head = wordsFrom(name, budget * 2 / 3, true);
        String tail = wordsFrom(name.substring(head.length()), budget - utf8Length(head), false);
        return head + tail + "_" + digest(name);
    }

    /**
     * The longest run of whole words at the start (or end) of a name that fits in {@code bytes}; at the start, a
     * name with no word break in reach is cut inside a word.
     */
    private static String wordsFrom(String name, int bytes, boolean start) {
        int[] codePoints = name.codePoints().toArray();
        int used = 0;
        int fit = 0;
        int lastBreak = 0;
        for (int i = 0; i < codePoints.length; i++) {
            int codePoint = codePoints[start ? i : codePoints.length - 1 - i];
            used += utf8Length(new String(Character.toChars(codePoint)));
            if (used > bytes) {
                break;
            }
            fit = i + 1;
            if (!start && Character.isUpperCase(codePoint)) {
                lastBreak = fit;
            }
            boolean nextStartsWord = i + 1 < codePoints.length && Character.isUpperCase(codePoints[i + 1]);
            if (start && nextStartsWord) {
                lastBreak = fit;
            }
        }
        int keep = start && lastBreak == 0 ? fit : lastBreak;
        if (start && fit == codePoints.length) {
            keep = fit;
        }
        int[] kept = start ? Arrays.copyOfRange(codePoints, 0, keep)
                : Arrays.copyOfRange(codePoints, codePoints.length - keep, codePoints.length);
        return new String(kept, 0, kept.length);
    }

    private static int utf8Length(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder();
            for (int i = 0; hex.length() < HASH_DIGITS; i++) {
                hex.append(String.format("%02x", hash[i]));
            }
            return hex.substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** {@code "auth_link_url"} → {@code "authLinkUrl"}; keywords and reserved member names get a suffix. */
    public static String propertyName(String raw) {
        List<String> words = words(raw);
        if (words.isEmpty()) {
            return "property";
        }
        StringBuilder name = new StringBuilder(words.get(0).toLowerCase(Locale.ROOT));
        name.append(pascal(words.subList(1, words.size())));
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name.insert(0, "property");
        }
        String candidate = name.toString();
        return KEYWORDS.contains(candidate) || ReservedMembers.isReserved(candidate) ? candidate + "Value" : candidate;
    }

    /** {@code "oauth2/authorizationCode"} → {@code "OAUTH2_AUTHORIZATION_CODE"}. */
    public static String constantName(String raw) {
        List<String> words = words(raw);
        if (words.isEmpty()) {
            return "EMPTY";
        }
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        if (!Character.isJavaIdentifierStart(name.charAt(0))) {
            name = "VALUE_" + name;
        }
        return name;
    }

    /** Capitalises the first letter, for getter names: {@code "authLinkUrl"} → {@code "AuthLinkUrl"}. */
    public static String capitalize(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public static boolean isKeyword(String name) {
        return KEYWORDS.contains(name);
    }

    /**
     * Splits on everything that cannot be part of a Java identifier and on case changes
     * ({@code "authorizationCodePKCE"} → {@code [authorization, Code, PKCE]}); digits stay with the letters before.
     */
    static List<String> words(String wire) {
        // One name written with composed or decomposed accents ("é" or "e" + U+0301) is one Java name.
        String raw = Normalizer.normalize(wire, Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int length = raw.length();
        for (int i = 0; i < length; i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, word);
                continue;
            }
            if (word.length() > 0) {
                char previous = word.charAt(word.length() - 1);
                boolean lowerToUpper = (Character.isLowerCase(previous) || Character.isDigit(previous))
                        && Character.isUpperCase(c);
                boolean acronymEnd = Character.isUpperCase(previous) && Character.isUpperCase(c)
                        && i + 1 < length && Character.isLowerCase(raw.charAt(i + 1));
                if (lowerToUpper || acronymEnd) {
                    flush(words, word);
                }
            }
            word.append(c);
        }
        flush(words, word);
        return words;
    }

    private static void flush(List<String> words, StringBuilder word) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String pascal(List<String> words) {
        StringBuilder name = new StringBuilder();
        for (String word : words) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
        }
        return name.toString();
    }
}
