package dev.tristate.generator.support;

/**
 * The code of a Java source file as javac sees it, without its comments and the contents of its string and
 * character literals: what remains is what runs. Unicode escapes are decoded first, as javac decodes them (a
 * {@code \}{@code u002a/} in a comment ends the comment), so text smuggled in through escapes shows up here.
 */
public final class JavaCode {

    private JavaCode() {}

    public static String withoutCommentsAndLiterals(String source) {
        String text = decodeUnicodeEscapes(source);
        StringBuilder code = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                i = text.indexOf('\n', i);
                i = i < 0 ? text.length() : i;
            } else if (c == '/' && next == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                code.append(' ');
            } else if (c == '"' || c == '\'') {
                i = endOfLiteral(text, i, c);
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int endOfLiteral(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == quote || c == '\n') {
                return i + 1;
            } else {
                i++;
            }
        }
        return i;
    }

    /** JLS 3.3: a backslash preceded by an even number of backslashes, then one or more u, then four hex digits. */
    static String decodeUnicodeEscapes(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\' && isEscapeStart(source, i)) {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) == 'u') {
                    j++;
                }
                if (j > i + 1 && j + 4 <= source.length() && isHex(source.substring(j, j + 4))) {
                    out.append((char) Integer.parseInt(source.substring(j, j + 4), 16));
                    i = j + 4;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static boolean isEscapeStart(String source, int backslash) {
        int preceding = 0;
        for (int k = backslash - 1; k >= 0 && source.charAt(k) == '\\'; k--) {
            preceding++;
        }
        return preceding % 2 == 0;
    }

    private static boolean isHex(String digits) {
        return digits.chars().allMatch(d -> Character.digit(d, 16) >= 0);
    }
}
