package dev.tristate.generator.roundtrip;

import java.util.Random;

/**
 * Random strings that exercise JSON escaping (quotes, backslashes, control characters, non-ASCII, surrogates) and,
 * where they reach generated source as descriptions, examples or wire names, Java and Javadoc escaping.
 */
final class RandomText {

    private static final String[] PIECES = {
        "a", "b", "z", "A", "Q", "0", "7", " ", "-", "_", ".", "/", "\"", "\\", "\n", "\t", "\u0000", "\u001f",
        "é", "ß", "中", "文", "😀", "\u2028", "<", ">", "&", "'", "*/", "${x}", "%s", "null",
        // Read as escapes by javac even inside comments: a newline, and "*/" spelt in escapes.
        "\\u000a", "\\u002a/", "/*", "{@code ", "}", "$L", "$S"
    };

    private RandomText() {}

    static String string(Random random, int maxPieces) {
        int pieces = random.nextInt(maxPieces + 1);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return text.toString();
    }
}
