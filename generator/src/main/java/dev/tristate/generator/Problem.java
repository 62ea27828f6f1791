package dev.tristate.generator;

/**
 * One thing wrong with the input, located the way compilers locate errors so IDEs and terminals link to it.
 * Always one line: control characters from the spec (a line break, an escape sequence) are shown escaped, so a
 * hostile spec cannot forge another problem line or drive the terminal.
 *
 * @param file the file the problem is in, as the user named it (or "configuration" for a bad setting)
 * @param line 1-based line, 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param message what is wrong, in one sentence
 */
public record Problem(String file, int line, int column, String message) {

    public Problem {
        file = oneLine(file);
        message = oneLine(message);
    }

    public static Problem inConfiguration(String message) {
        return new Problem("configuration", 0, 0, message);
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
    }

    private static String oneLine(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                out.append(control ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out == null ? text : out.toString();
    }
}
