package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds the first byte that is not UTF-8 in a file the parser refused, and where it is. The parsers report such a
 * byte as an exception from their decoder, by character count or at no place at all; a user needs the line and
 * column of the byte, and to be told to save the file as UTF-8.
 */
final class Utf8Check {

    private Utf8Check() {}

    /** The located problem, or null when every byte is UTF-8 (or the file starts with a UTF-16/32 mark). */
    static Problem problem(String displayPath, byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return null;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return located(displayPath, bytes, in.position(), result.length());
            }
            if (result.isUnderflow()) {
                return null;
            }
            out.clear();
        }
    }

    private static Problem located(String displayPath, byte[] bytes, int offset, int length) {
        int lineStart = 0;
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column;
        try {
            column = StandardCharsets.UTF_8.newDecoder()
                    .decode(ByteBuffer.wrap(bytes, lineStart, offset - lineStart)).length() + 1;
        } catch (CharacterCodingException e) {
            column = offset - lineStart + 1;
        }
        StringBuilder shown = new StringBuilder();
        for (int i = offset; i < Math.min(offset + length, bytes.length); i++) {
            shown.append(shown.length() == 0 ? "" : " ").append(String.format(Locale.ROOT, "0x%02X", bytes[i]));
        }
        return new Problem(displayPath, line, column, "the file is not UTF-8: the byte" + (length > 1 ? "s " : " ")
                + shown + " at byte offset " + offset + " cannot be read as UTF-8 text; save the file as UTF-8");
    }
}
