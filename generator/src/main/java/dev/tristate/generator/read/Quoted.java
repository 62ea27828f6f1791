package dev.tristate.generator.read;

/**
 * Spec text quoted inside a problem message, shortened in the middle when it is long, so that one hostile
 * reference cannot flood the build log. ({@link dev.tristate.generator.Problem} keeps every message on one line.)
 */
final class Quoted {

    /** Long enough for any reasonable reference, pointer or name. */
    private static final int MAX_LENGTH = 200;

    private Quoted() {}

    static String of(String text) {
        String shown = text.length() <= MAX_LENGTH ? text
                : text.substring(0, MAX_LENGTH / 2) + "…" + text.substring(text.length() - MAX_LENGTH / 2);
        return "'" + shown + "'";
    }
}
