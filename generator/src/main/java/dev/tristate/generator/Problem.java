package dev.tristate.generator;

/**
 * One thing wrong with the input, located the way compilers locate errors so IDEs and terminals link to it.
 *
 * @param file the file the problem is in, as the user named it (or "configuration" for a bad setting)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, in one sentence
 */
public record Problem(String file, int line, int column, String message) {

    public static Problem inConfiguration(String message) {
        return new Problem("configuration", 0, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }
}
